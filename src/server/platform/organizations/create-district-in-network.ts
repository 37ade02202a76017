import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../audit/actor.js';
import { createOrganization } from './create-organization.js';

/** A network administrator adds a district to the network's cohort. */
export function createDistrictInNetwork(options: { db: Kysely<DB>; actor: Actor; networkId: string; name: string }) {
  return inTransaction(options.db, (trx) =>
    createOrganization({ trx, actor: options.actor, name: options.name, kind: 'district', networkId: options.networkId }),
  );
}
