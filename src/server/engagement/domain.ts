import type { Domain } from '../domain.js';
import { engagementBackupTables } from './backup-tables.js';
import { engagementRoutes } from './routes.js';
import { engagementWorkAreas } from './work/engagement-work-areas.js';

export const engagementDomain: Domain = { name: 'engagement', routes: engagementRoutes, backupTables: engagementBackupTables, workAreas: engagementWorkAreas };
