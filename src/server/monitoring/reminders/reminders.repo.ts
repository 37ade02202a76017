import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReminderKind } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ReminderRow {
  organizationId: string;
  planId: string;
  elementKey: string;
  periodLabel: string;
  userId: string;
  kind: ReminderKind;
  sentOn: string;
}

export const remindersRepo = {
  /** Districts where someone owns a measure or action: the only ones a sweep can mail. */
  async districtsWithOwners(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('element_owners').select('organization_id').distinct().execute();
    return rows.map((r) => r.organization_id);
  },

  /**
   * Serializes sweeps of one district across processes until the transaction ends, so two
   * schedulers (or a scheduler and a planner pressing "run now") cannot both mail the same day.
   */
  async lockDistrict(trx: Transaction<DB>, organizationId: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`update-reminders:${organizationId}`}))`.execute(trx);
  },

  districtName(db: Executor, organizationId: string) {
    return db.selectFrom('organizations').select('name').where('id', '=', organizationId).executeTakeFirst().then((r) => r?.name ?? null);
  },

  /** Active members of the district among `userIds`, with what reminders need about them. */
  people(db: Executor, organizationId: string, userIds: readonly string[]) {
    if (userIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('users')
      .innerJoin('memberships', (join) =>
        join.onRef('memberships.user_id', '=', 'users.id').on('memberships.organization_id', '=', organizationId).on('memberships.is_active', '=', true),
      )
      .leftJoin('monitoring_people', (join) => join.onRef('monitoring_people.user_id', '=', 'users.id').on('monitoring_people.organization_id', '=', organizationId))
      .select(['users.id', 'users.name', 'users.email', 'users.locale', 'monitoring_people.supervisor_id', 'monitoring_people.wants_daily_digest'])
      .where('users.id', 'in', [...userIds])
      .execute();
  },

  /** Reminders already sent in the district for the given plans. */
  sentFor(db: Executor, organizationId: string, planIds: readonly string[]) {
    if (planIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('update_reminders')
      .select(['plan_id', 'element_key', 'period_label', 'user_id', 'kind', 'sent_on'])
      .where('organization_id', '=', organizationId)
      .where('plan_id', 'in', [...planIds])
      .execute();
  },

  /** Records reminders; one already recorded for the same item, person, kind and day is skipped. */
  async recordSent(trx: Transaction<DB>, rows: readonly ReminderRow[]) {
    if (rows.length === 0) return;
    await trx
      .insertInto('update_reminders')
      .values(
        rows.map((r) => ({
          organization_id: r.organizationId,
          plan_id: r.planId,
          element_key: r.elementKey,
          period_label: r.periodLabel,
          user_id: r.userId,
          kind: r.kind,
          sent_on: r.sentOn,
        })),
      )
      .onConflict((oc) => oc.columns(['plan_id', 'element_key', 'period_label', 'user_id', 'kind', 'sent_on']).doNothing())
      .execute();
  },

  async insertLink(
    trx: Transaction<DB>,
    values: { organizationId: string; planId: string; elementKey: string; periodLabel: string; userId: string; tokenHash: string; expiresAt: string },
  ) {
    await trx
      .insertInto('update_links')
      .values({
        organization_id: values.organizationId,
        plan_id: values.planId,
        element_key: values.elementKey,
        period_label: values.periodLabel,
        user_id: values.userId,
        token_hash: values.tokenHash,
        expires_at: values.expiresAt,
      })
      .execute();
  },

  /** A link that still works: not used, not expired. */
  findUsableLink(db: Executor, tokenHash: string) {
    return db
      .selectFrom('update_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },

  /**
   * A link used for its update within the last two hours and not expired: good for attaching the
   * update's evidence files, which the owner picks after posting.
   */
  findRecentlyUsedLink(db: Executor, tokenHash: string) {
    return db
      .selectFrom('update_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', '>', sql<Date>`now() - interval '2 hours'`)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },

  /** Marks the link used; only one of two racing requests gets the row back. */
  consumeLink(trx: Transaction<DB>, id: string) {
    return trx
      .updateTable('update_links')
      .set({ used_at: sql`now()` })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returningAll()
      .executeTakeFirst();
  },

  /** Whether the person still owns the element and is an active member: a link does not outlive either. */
  async isStillOwner(db: Executor, link: { organization_id: string; plan_id: string; element_key: string; user_id: string }) {
    const row = await db
      .selectFrom('element_owners')
      .innerJoin('memberships', (join) =>
        join.onRef('memberships.user_id', '=', 'element_owners.user_id').onRef('memberships.organization_id', '=', 'element_owners.organization_id').on('memberships.is_active', '=', true),
      )
      .select('element_owners.user_id')
      .where('element_owners.organization_id', '=', link.organization_id)
      .where('element_owners.plan_id', '=', link.plan_id)
      .where('element_owners.element_key', '=', link.element_key)
      .where('element_owners.user_id', '=', link.user_id)
      .executeTakeFirst();
    return Boolean(row);
  },

  findUser(db: Executor, userId: string) {
    return db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', userId).executeTakeFirst();
  },
};
