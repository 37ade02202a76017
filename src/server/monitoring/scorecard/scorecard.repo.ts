import { sql, type Kysely, type Transaction } from 'kysely';
import type { ActionStatus } from '../tables.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ActualRow {
  measure_key: string;
  period_label: string;
  period_ends_on: string | null;
  subgroup: string;
  value: number | null;
  n: number | null;
}

export interface NarrativeRow {
  element_key: string;
  period_label: string;
  happened: string | null;
  why: string | null;
  next_steps: string | null;
  author: string;
  created_at: Date;
}

export interface ActionProgressRow {
  element_key: string;
  action_status: ActionStatus | null;
  percent_complete: number | null;
}

export interface PlanRules {
  atRiskProgress: number;
  weights: Record<string, number>;
  version: number;
}

/** Reads and writes of monitoring data for one plan: actuals, owners, updates, the plan's rules. */
export const scorecardRepo = {
  /** The plan's thresholds and weights; version 0 with the defaults when never saved. */
  async findRules(db: Executor, planId: string, options: { lock?: boolean } = {}): Promise<PlanRules> {
    let query = db.selectFrom('plan_monitoring').select(['at_risk_progress', 'weights', 'version']).where('plan_id', '=', planId);
    if (options.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) return { atRiskProgress: 0.5, weights: {}, version: 0 };
    return { atRiskProgress: row.at_risk_progress, weights: row.weights as Record<string, number>, version: row.version };
  },

  async saveRules(trx: Transaction<DB>, values: { planId: string; organizationId: string; atRiskProgress: number; weights: Record<string, number>; isNew: boolean }) {
    const columns = { at_risk_progress: values.atRiskProgress, weights: JSON.stringify(values.weights) };
    if (values.isNew) {
      await trx
        .insertInto('plan_monitoring')
        .values({ plan_id: values.planId, organization_id: values.organizationId, ...columns, updated_at: sql`now()` })
        .execute();
    } else {
      await trx
        .updateTable('plan_monitoring')
        .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
        .where('plan_id', '=', values.planId)
        .execute();
    }
  },

  listActuals(db: Executor, planId: string): Promise<ActualRow[]> {
    return db
      .selectFrom('measure_actuals')
      .select(['measure_key', 'period_label', 'period_ends_on', 'subgroup', 'value', 'n'])
      .where('plan_id', '=', planId)
      .orderBy('measure_key')
      .orderBy('period_ends_on')
      .orderBy('period_label')
      .orderBy('subgroup')
      .execute();
  },

  listOwners(db: Executor, planId: string) {
    return db
      .selectFrom('element_owners')
      .innerJoin('users', 'users.id', 'element_owners.user_id')
      .select(['element_owners.element_key', 'element_owners.user_id', 'users.name'])
      .where('element_owners.plan_id', '=', planId)
      .execute();
  },

  /** Per element, its latest update that says something in words (bulk uploads say nothing). */
  listLatestNarratives(db: Executor, planId: string): Promise<NarrativeRow[]> {
    return db
      .selectFrom('element_updates as u')
      .leftJoin('users', 'users.id', 'u.author_id')
      .distinctOn('u.element_key')
      .select(['u.element_key', 'u.period_label', 'u.happened', 'u.why', 'u.next_steps', 'u.created_at', sql<string>`coalesce(users.name, u.author_label)`.as('author')])
      .where('u.plan_id', '=', planId)
      .where((eb) => eb.or([eb('u.happened', 'is not', null), eb('u.why', 'is not', null), eb('u.next_steps', 'is not', null)]))
      .orderBy('u.element_key')
      .orderBy('u.created_at', 'desc')
      .orderBy('u.revision', 'desc')
      .execute();
  },

  /** Per action, the status and percent complete of its latest update that reported either. */
  listLatestActionProgress(db: Executor, planId: string): Promise<ActionProgressRow[]> {
    return db
      .selectFrom('element_updates')
      .distinctOn('element_key')
      .select(['element_key', 'action_status', 'percent_complete'])
      .where('plan_id', '=', planId)
      .where('element_kind', '=', 'action')
      .where((eb) => eb.or([eb('action_status', 'is not', null), eb('percent_complete', 'is not', null)]))
      .orderBy('element_key')
      .orderBy('created_at', 'desc')
      .orderBy('revision', 'desc')
      .execute();
  },

  /** Which periods of which elements have at least one update. */
  listUpdatedPeriods(db: Executor, planId: string) {
    return db.selectFrom('element_updates').select(['element_key', 'period_label']).distinct().where('plan_id', '=', planId).execute();
  },

  /** The highest revision so far of each measure and period named, to number the next one. */
  async latestRevisions(trx: Transaction<DB>, planId: string, keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await trx
      .selectFrom('element_updates')
      .select(['element_key', 'period_label', sql<number>`max(revision)`.as('revision')])
      .where('plan_id', '=', planId)
      .where('element_key', 'in', [...new Set(keys)])
      .groupBy(['element_key', 'period_label'])
      .execute();
    return new Map(rows.map((r) => [`${r.element_key}\u0000${r.period_label}`, Number(r.revision)]));
  },

  /** One bulk revision per measure and period; answers their ids by "key\0period". */
  async insertBulkUpdates(
    trx: Transaction<DB>,
    rows: readonly { planId: string; organizationId: string; elementKey: string; periodLabel: string; periodEndsOn: string | null; revision: number; values: unknown; correctionNote: string | null; authorId: string | null; authorLabel: string }[],
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let start = 0; start < rows.length; start += 500) {
      const inserted = await trx
        .insertInto('element_updates')
        .values(
          rows.slice(start, start + 500).map((r) => ({
            plan_id: r.planId,
            organization_id: r.organizationId,
            element_key: r.elementKey,
            element_kind: 'measure' as const,
            period_label: r.periodLabel,
            period_ends_on: r.periodEndsOn,
            revision: r.revision,
            posted_values: JSON.stringify(r.values),
            correction_note: r.correctionNote,
            source: 'bulk' as const,
            author_id: r.authorId,
            author_label: r.authorLabel,
            created_at: sql`now()`,
          })),
        )
        .returning(['id', 'element_key', 'period_label'])
        .execute();
      for (const row of inserted) ids.set(`${row.element_key}\u0000${row.period_label}`, row.id);
    }
    return ids;
  },

  /** Stores current values, one row per measure, period and group ('' is all students). */
  async upsertActuals(
    trx: Transaction<DB>,
    rows: readonly { planId: string; organizationId: string; measureKey: string; periodLabel: string; periodEndsOn: string | null; subgroup: string; value: number | null; n: number | null; updateId: string }[],
  ) {
    for (let start = 0; start < rows.length; start += 1000) {
      await trx
        .insertInto('measure_actuals')
        .values(
          rows.slice(start, start + 1000).map((r) => ({
            plan_id: r.planId,
            organization_id: r.organizationId,
            measure_key: r.measureKey,
            period_label: r.periodLabel,
            period_ends_on: r.periodEndsOn,
            subgroup: r.subgroup,
            value: r.value,
            n: r.n,
            update_id: r.updateId,
            recorded_at: sql`now()`,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['plan_id', 'measure_key', 'period_label', 'subgroup']).doUpdateSet((eb) => ({
            period_ends_on: eb.ref('excluded.period_ends_on'),
            value: eb.ref('excluded.value'),
            n: eb.ref('excluded.n'),
            update_id: eb.ref('excluded.update_id'),
            recorded_at: sql`now()`,
          })),
        )
        .execute();
    }
  },
};
