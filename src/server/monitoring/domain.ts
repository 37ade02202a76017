import type { Domain } from '../domain.js';
import { monitoringRoutes } from './routes.js';
import { monitoringBackupTables } from './backup-tables.js';

export const monitoringDomain: Domain = { name: 'monitoring', routes: monitoringRoutes, backupTables: monitoringBackupTables };
