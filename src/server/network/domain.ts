import type { Domain } from '../domain.js';
import { networkBackupTables } from './backup-tables.js';
import { networkRoutes } from './routes.js';

export const networkDomain: Domain = { name: 'network', routes: networkRoutes, backupTables: networkBackupTables };
