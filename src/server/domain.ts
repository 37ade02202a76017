import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.js';
import type { BackupTable } from './platform/backup/backup-table.js';
import type { WorkArea } from './work-area.js';

/** Registers one resource's routes; the checkpoint sees every route it adds. */
export type RegisterRoutes = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

/**
 * What a product domain brings to the server. Its tables' types join the one `DB` type from its
 * own `tables.ts`; everything else the server needs from it is here.
 */
export interface Domain {
  name: string;
  /** Its resources' routes, from its `routes.ts`. */
  routes: readonly RegisterRoutes[];
  /** Its district-scoped tables, parents first, from its `backup-tables.ts`. */
  backupTables: readonly BackupTable[];
  /** The product areas of its own where a cycle's deliverables are produced (a SWOT board, the datasets). */
  workAreas?: readonly WorkArea[];
}
