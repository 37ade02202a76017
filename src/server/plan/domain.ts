import type { Domain } from '../domain.js';
import { planRoutes } from './routes.js';
import { planBackupTables } from './backup-tables.js';

export const planDomain: Domain = { name: 'plan', routes: planRoutes, backupTables: planBackupTables };
