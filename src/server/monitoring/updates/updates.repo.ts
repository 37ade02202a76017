import { sql, type Kysely, type Transaction } from 'kysely';
import type { ActionStatus, UpdateSource } from '../tables.js';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle } from '../../plan/tables.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The plans monitoring follows: the adopted plan, also while an amendment is drafted. */
export const monitoredLifecycles: readonly PlanLifecycle[] = ['adopted', 'amending'];

export interface PlanRow {
  id: string;
  title: string;
  lifecycle: PlanLifecycle;
  header: PlanHeader;
}

export interface ElementRow {
  id: string;
  plan_id: string;
  parent_id: string | null;
  kind: 'goal' | 'measure' | 'strategy' | 'action';
  key: string;
  fields: Record<string, unknown>;
}

export interface NewUpdate {
  planId: string;
  organizationId: string;
  elementKey: string;
  elementKind: 'measure' | 'action';
  periodLabel: string;
  periodEndsOn: string | null;
  revision: number;
  values: { subgroup: string | null; value: number | null; n: number | null }[];
  happened: string | null;
  why: string | null;
  nextSteps: string | null;
  actionStatus: ActionStatus | null;
  percentComplete: number | null;
  correctionNote: string | null;
  source: UpdateSource;
  authorId: string | null;
  authorLabel: string;
}

// The author's current name when they still have an account, else the label written at the time.
const updateColumns = (db: Executor) =>
  db
    .selectFrom('element_updates as eu')
    .leftJoin('users as u', 'u.id', 'eu.author_id')
    .select([
      'eu.id',
      'eu.plan_id',
      'eu.element_key',
      'eu.element_kind',
      'eu.period_label',
      'eu.period_ends_on',
      'eu.revision',
      'eu.posted_values',
      'eu.happened',
      'eu.why',
      'eu.next_steps',
      'eu.action_status',
      'eu.percent_complete',
      'eu.correction_note',
      'eu.source',
      'eu.author_id',
      'eu.created_at',
    ])
    .select(sql<string>`coalesce(u.name, eu.author_label)`.as('author'));

export type UpdateRow = Awaited<ReturnType<typeof updatesRepo.findUpdate>> & object;
export type EvidenceSummaryRow = Awaited<ReturnType<typeof updatesRepo.listEvidence>>[number];

export const updatesRepo = {
  /** The plan, locked for the rest of the transaction when asked, so two posts of one period take turns. */
  findPlan(db: Executor, organizationId: string, planId: string, options: { lock?: boolean } = {}): Promise<PlanRow | undefined> {
    const query = db.selectFrom('plans').select(['id', 'title', 'lifecycle', 'header']).where('organization_id', '=', organizationId).where('id', '=', planId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst() as Promise<PlanRow | undefined>;
  },

  listMonitoredPlans(db: Executor, organizationId: string): Promise<PlanRow[]> {
    return db
      .selectFrom('plans')
      .select(['id', 'title', 'lifecycle', 'header'])
      .where('organization_id', '=', organizationId)
      .where('lifecycle', 'in', monitoredLifecycles)
      .orderBy('title')
      .execute() as Promise<PlanRow[]>;
  },

  /** Live elements of the plans, parents before children (goals and strategies name the goal of a measure or action). */
  listElements(db: Executor, planIds: readonly string[]): Promise<ElementRow[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('plan_elements')
      .select(['id', 'plan_id', 'parent_id', 'kind', 'key', 'fields'])
      .where('plan_id', 'in', planIds)
      .where('deleted_at', 'is', null)
      .orderBy('plan_id')
      .orderBy('position')
      .execute() as Promise<ElementRow[]>;
  },

  findElement(db: Executor, planId: string, key: string): Promise<ElementRow | undefined> {
    return db
      .selectFrom('plan_elements')
      .select(['id', 'plan_id', 'parent_id', 'kind', 'key', 'fields'])
      .where('plan_id', '=', planId)
      .where('key', '=', key)
      .where('deleted_at', 'is', null)
      .executeTakeFirst() as Promise<ElementRow | undefined>;
  },


  // Updates -------------------------------------------------------------------------------

  findUpdate(db: Executor, organizationId: string, updateId: string) {
    return updateColumns(db).where('eu.organization_id', '=', organizationId).where('eu.id', '=', updateId).executeTakeFirst();
  },

  /** Every revision of an element's updates, newest first. */
  listUpdates(db: Executor, planId: string, elementKey: string) {
    return updateColumns(db)
      .where('eu.plan_id', '=', planId)
      .where('eu.element_key', '=', elementKey)
      .orderBy('eu.created_at', 'desc')
      .orderBy('eu.revision', 'desc')
      .execute();
  },

  /** Per element and period of the plans: when the latest revision came in. */
  listPostedPeriods(db: Executor, organizationId: string, planIds: readonly string[]) {
    if (planIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('element_updates')
      .select(['plan_id', 'element_key', 'period_label'])
      .select((eb) => eb.fn.max('created_at').as('last_created_at'))
      .where('organization_id', '=', organizationId)
      .where('plan_id', 'in', planIds)
      .groupBy(['plan_id', 'element_key', 'period_label'])
      .execute();
  },

  async latestRevision(trx: Transaction<DB>, planId: string, elementKey: string, periodLabel: string) {
    const row = await trx
      .selectFrom('element_updates')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('plan_id', '=', planId)
      .where('element_key', '=', elementKey)
      .where('period_label', '=', periodLabel)
      .executeTakeFirst();
    return row?.revision ?? 0;
  },

  insertUpdate(trx: Transaction<DB>, update: NewUpdate) {
    return trx
      .insertInto('element_updates')
      .values({
        plan_id: update.planId,
        organization_id: update.organizationId,
        element_key: update.elementKey,
        element_kind: update.elementKind,
        period_label: update.periodLabel,
        period_ends_on: update.periodEndsOn,
        revision: update.revision,
        posted_values: JSON.stringify(update.values),
        happened: update.happened,
        why: update.why,
        next_steps: update.nextSteps,
        action_status: update.actionStatus,
        percent_complete: update.percentComplete,
        correction_note: update.correctionNote,
        source: update.source,
        author_id: update.authorId,
        author_label: update.authorLabel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  /** The current value of each group for the measure and period; '' is all students. */
  writeActuals(trx: Transaction<DB>, update: NewUpdate & { id: string }) {
    if (update.values.length === 0) return Promise.resolve();
    return trx
      .insertInto('measure_actuals')
      .values(
        update.values.map((v) => ({
          plan_id: update.planId,
          organization_id: update.organizationId,
          measure_key: update.elementKey,
          period_label: update.periodLabel,
          period_ends_on: update.periodEndsOn,
          subgroup: v.subgroup ?? '',
          value: v.value,
          n: v.n,
          update_id: update.id,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['plan_id', 'measure_key', 'period_label', 'subgroup']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          n: eb.ref('excluded.n'),
          period_ends_on: eb.ref('excluded.period_ends_on'),
          update_id: eb.ref('excluded.update_id'),
          recorded_at: sql`now()`,
        })),
      )
      .execute()
      .then(() => undefined);
  },

  /** Groups with a posted value for the measure (the format's own targets and actuals name the rest). */
  async listActualSubgroups(db: Executor, planId: string, measureKey: string) {
    const rows = await db.selectFrom('measure_actuals').select('subgroup').distinct().where('plan_id', '=', planId).where('measure_key', '=', measureKey).where('subgroup', '<>', '').execute();
    return rows.map((r) => r.subgroup);
  },

  // Evidence ------------------------------------------------------------------------------

  listEvidence(db: Executor, updateIds: readonly string[]) {
    if (updateIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('update_evidence')
      .select(['id', 'update_id', 'file_name', 'content_type', 'size_bytes'])
      .where('update_id', 'in', updateIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  insertEvidence(trx: Transaction<DB>, values: { updateId: string; organizationId: string; fileName: string; contentType: string; content: Buffer }) {
    return trx
      .insertInto('update_evidence')
      .values({
        update_id: values.updateId,
        organization_id: values.organizationId,
        file_name: values.fileName,
        content_type: values.contentType,
        size_bytes: values.content.length,
        content: values.content,
      })
      .returning(['id', 'update_id', 'file_name', 'content_type', 'size_bytes'])
      .executeTakeFirstOrThrow();
  },

  findEvidenceFile(db: Executor, organizationId: string, updateId: string, evidenceId: string) {
    return db
      .selectFrom('update_evidence')
      .select(['id', 'file_name', 'content_type', 'size_bytes', 'content'])
      .where('organization_id', '=', organizationId)
      .where('update_id', '=', updateId)
      .where('id', '=', evidenceId)
      .executeTakeFirst();
  },
};
