import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';
import { noteCommit } from './write-epoch.js';

/**
 * The one write path: a use-case does its writes and their audit rows inside this, and either
 * all of it happens or none. Given a transaction already (a use-case called from a larger one,
 * such as loading the demo district during setup), it joins it rather than nesting.
 */
export function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return db
    .transaction()
    .execute(work)
    .then((result) => {
      noteCommit();
      return result;
    });
}
