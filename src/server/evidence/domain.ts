import type { Domain } from '../domain.js';
import { evidenceBackupTables } from './backup-tables.js';
import { evidenceRoutes } from './routes.js';
import { evidenceWorkAreas } from './work/evidence-work-areas.js';

export const evidenceDomain: Domain = { name: 'evidence', routes: evidenceRoutes, backupTables: evidenceBackupTables, workAreas: evidenceWorkAreas };
