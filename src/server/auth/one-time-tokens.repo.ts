import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Role } from '../platform/tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const oneTimeTokensRepo = {
  insert(
    trx: Transaction<DB>,
    values: {
      purpose: 'invitation' | 'password_reset';
      tokenHash: string;
      email: string;
      userId?: string | null;
      organizationId?: string | null;
      role?: Role | null;
      createdBy?: string | null;
      validForHours: number;
    },
  ) {
    return trx
      .insertInto('one_time_tokens')
      .values({
        purpose: values.purpose,
        token_hash: values.tokenHash,
        email: values.email,
        user_id: values.userId ?? null,
        organization_id: values.organizationId ?? null,
        role: values.role ?? null,
        created_by: values.createdBy ?? null,
        expires_at: sql<Date>`now() + make_interval(hours => ${values.validForHours})`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** A token that is still usable: not used, not revoked, not expired. */
  findUsable(db: Executor, purpose: 'invitation' | 'password_reset', tokenHash: string) {
    return db
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('purpose', '=', purpose)
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },

  /** Marks the token used; only one of two racing requests gets the row back. */
  consume(trx: Transaction<DB>, id: string) {
    return trx
      .updateTable('one_time_tokens')
      .set({ used_at: sql`now()` })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returningAll()
      .executeTakeFirst();
  },

  listPendingInvitations(db: Executor, organizationId: string) {
    return db
      .selectFrom('one_time_tokens')
      .leftJoin('users', 'users.id', 'one_time_tokens.created_by')
      .select([
        'one_time_tokens.id',
        'one_time_tokens.email',
        'one_time_tokens.role',
        'one_time_tokens.created_at',
        'one_time_tokens.expires_at',
        'users.name as invited_by',
      ])
      .where('one_time_tokens.purpose', '=', 'invitation')
      .where('one_time_tokens.organization_id', '=', organizationId)
      .where('one_time_tokens.used_at', 'is', null)
      .where('one_time_tokens.revoked_at', 'is', null)
      .where('one_time_tokens.expires_at', '>', sql<Date>`now()`)
      .orderBy('one_time_tokens.created_at', 'desc')
      .execute();
  },

  revokeInvitation(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx
      .updateTable('one_time_tokens')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', id)
      .where('organization_id', '=', organizationId)
      .where('purpose', '=', 'invitation')
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  },

  /** A new invitation to the same address replaces the pending one, so only the latest link works. */
  async revokePendingInvitations(trx: Transaction<DB>, organizationId: string, email: string) {
    await trx
      .updateTable('one_time_tokens')
      .set({ revoked_at: sql`now()` })
      .where('purpose', '=', 'invitation')
      .where('organization_id', '=', organizationId)
      .where('email', '=', email)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  },

  /** A new reset link replaces older ones, so only the latest email works. */
  async revokePasswordResets(trx: Transaction<DB>, userId: string) {
    await trx
      .updateTable('one_time_tokens')
      .set({ revoked_at: sql`now()` })
      .where('purpose', '=', 'password_reset')
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  },
};
