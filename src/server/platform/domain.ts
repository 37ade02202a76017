import type { Domain } from '../domain.js';
import { platformRoutes } from './routes.js';
import { platformBackupTables } from './backup-tables.js';

export const platformDomain: Domain = { name: 'platform', routes: platformRoutes, backupTables: platformBackupTables };
