import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/**
 * The one write path: a use-case does its writes and their audit rows inside this, and either
 * all of it happens or none.
 */
export function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
