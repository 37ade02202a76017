import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { peopleRepo } from './people.repo.js';

/** One person's active membership of an organization (name and role), for other domains; null when there is none. */
export async function findActiveMember(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; userId: string }) {
  const member = await peopleRepo.findMember(options.db, options.organizationId, options.userId);
  return member?.is_active ? { userId: member.user_id, name: member.name, email: member.email, role: member.role } : null;
}
