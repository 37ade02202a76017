import type { BackupTable } from '../platform/backup/backup-table.js';

/**
 * None: the network's tables belong to the network (its cohorts, calendar, rubrics, the districts it
 * invited and their enrolment documents), and a backup holds one district. Which provider reaches a
 * district is the platform's district_partners, which a district's backup keeps.
 */
export const networkBackupTables: readonly BackupTable[] = [];
