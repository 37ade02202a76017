import type { Domain } from '../domain.js';
import { processRoutes } from './routes.js';
import { processBackupTables } from './backup-tables.js';

export const processDomain: Domain = { name: 'process', routes: processRoutes, backupTables: processBackupTables };
