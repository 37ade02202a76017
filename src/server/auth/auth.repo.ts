import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Role } from '../platform/tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

const SESSION_DAYS = 14;

export const authRepo = {
  findUserByEmail(db: Executor, email: string) {
    return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  },

  findUserById(db: Executor, id: string) {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async createSession(db: Executor, values: { id: string; userId: string; csrfToken: string; userAgent: string | null }) {
    // Expired sessions are swept whenever one starts, so the table does not grow without end.
    await db.deleteFrom('sessions').where('expires_at', '<', sql<Date>`now()`).execute();
    await db
      .insertInto('sessions')
      .values({
        id: values.id,
        user_id: values.userId,
        csrf_token: values.csrfToken,
        user_agent: values.userAgent,
        expires_at: sql<Date>`now() + make_interval(days => ${SESSION_DAYS})`,
      })
      .execute();
  },

  /** The live session and its user, sliding the expiry at most once an hour to keep reads cheap. */
  async findSession(db: Executor, id: string) {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id as session_id',
        'sessions.csrf_token',
        'sessions.last_seen_at',
        'users.id',
        'users.email',
        'users.name',
        'users.locale',
        'users.is_operator',
      ])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    if (row && Date.now() - new Date(row.last_seen_at).getTime() > 3600_000) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: sql`now()`, expires_at: sql`now() + make_interval(days => ${SESSION_DAYS})` })
        .where('id', '=', id)
        .where('last_seen_at', '<', sql<Date>`now() - interval '1 hour'`)
        .execute();
    }
    return row;
  },

  deleteSession(db: Executor, id: string) {
    return db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  deleteSessionsOfUser(db: Executor, userId: string) {
    return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  },

  async findApiToken(db: Executor, tokenHash: string) {
    const row = await db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id as token_id', 'api_tokens.last_used_at', 'users.id', 'users.email', 'users.name', 'users.locale', 'users.is_operator'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (row && (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 3600_000)) {
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: sql`now()` })
        .where('id', '=', row.token_id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 hour'`)]))
        .execute();
    }
    return row;
  },

  /** The caller's own active membership in an organization, with the organization's kind. */
  findActiveMembership(db: Executor, userId: string, organizationId: string) {
    return db
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
      .select(['memberships.role', 'organizations.kind', 'organizations.network_id'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.organization_id', '=', organizationId)
      .where('memberships.is_active', '=', true)
      .executeTakeFirst();
  },

  findOrganizationKind(db: Executor, organizationId: string) {
    return db.selectFrom('organizations').select(['kind', 'network_id']).where('id', '=', organizationId).executeTakeFirst();
  },

  /**
   * Network roles that reach a district: administrators of its own network or of a provider matched
   * to it, and coaches those organisations assigned to it. The strongest role wins.
   */
  async findNetworkRoleInDistrict(db: Executor, userId: string, districtId: string): Promise<Role | null> {
    const rows = await db
      .selectFrom('memberships')
      .leftJoin('coach_assignments', (join) =>
        join.onRef('coach_assignments.network_id', '=', 'memberships.organization_id').onRef('coach_assignments.user_id', '=', 'memberships.user_id').on('coach_assignments.district_id', '=', districtId),
      )
      .select(['memberships.role', 'coach_assignments.district_id as assigned'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.is_active', '=', true)
      .where((eb) =>
        eb.or([
          eb('memberships.organization_id', 'in', eb.selectFrom('organizations').select('network_id').where('id', '=', districtId).where('network_id', 'is not', null).$narrowType<{ network_id: string }>()),
          eb('memberships.organization_id', 'in', eb.selectFrom('district_partners').select('partner_id').where('district_id', '=', districtId)),
        ]),
      )
      .execute();
    if (rows.some((row) => row.role === 'network_admin')) return 'network_admin';
    return rows.some((row) => row.role === 'coach' && row.assigned) ? 'coach' : null;
  },

  countRecentAttempts(db: Executor, key: string, minutes: number) {
    return db
      .selectFrom('sign_in_attempts')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('key', '=', key)
      .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${minutes})`)
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.count));
  },

  async recordFailedAttempt(db: Executor, keys: string[]) {
    const rows = await db.insertInto('sign_in_attempts').values(keys.map((key) => ({ key }))).returning('id').execute();
    // Old attempts are worth nothing; trimming here keeps the table small without a cron.
    await db.deleteFrom('sign_in_attempts').where('created_at', '<', sql<Date>`now() - interval '1 day'`).execute();
    return rows.map((r) => r.id);
  },

  /** After a successful sign-in: its own attempt rows, and earlier failures under `key`. */
  async forgetAttempts(db: Executor, attemptIds: string[], key: string) {
    await db.deleteFrom('sign_in_attempts').where((eb) => eb.or([eb('id', 'in', attemptIds), eb('key', '=', key)])).execute();
  },
};
