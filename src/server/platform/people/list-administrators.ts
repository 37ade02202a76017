import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { peopleRepo } from './people.repo.js';

/** The organization's active administrators, with the language each reads: who is told of what concerns the whole district. */
export async function listActiveAdministrators(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string }) {
  const rows = await peopleRepo.listActiveWithRole(options.db, options.organizationId, 'administrator');
  return rows.map((row) => ({ userId: row.user_id, name: row.name, email: row.email, locale: row.locale }));
}
