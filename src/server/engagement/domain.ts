import type { Domain } from '../domain.js';
import { engagementBackupTables } from './backup-tables.js';
import { engagementRoutes } from './routes.js';

export const engagementDomain: Domain = { name: 'engagement', routes: engagementRoutes, backupTables: engagementBackupTables };
