import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DataWiseStepsTable, DataWiseTrackersTable, PdsaCyclesTable, PdsaDecision, PdsaStage } from '../tables.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type PdsaRow = Selectable<PdsaCyclesTable> & { next_cycle_id: string | null; created_by_name: string | null };
export type TrackerRow = Selectable<DataWiseTrackersTable>;
export type StepRow = Selectable<DataWiseStepsTable>;

/** Columns of a PDSA cycle a write may change (the row's own names). */
export type PdsaValues = Partial<{
  stage: PdsaStage;
  change_idea: string;
  prediction: string;
  measure: string;
  started_on: string | null;
  what_happened: string;
  study_findings: string;
  decision: PdsaDecision | null;
  decision_notes: string;
  decided_on: string | null;
}>;

function pdsaQuery(db: Executor, organizationId: string, planId: string) {
  return db
    .selectFrom('pdsa_cycles as c')
    .leftJoin('pdsa_cycles as n', 'n.previous_cycle_id', 'c.id')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select(['n.id as next_cycle_id', 'u.name as created_by_name'])
    .where('c.organization_id', '=', organizationId)
    .where('c.plan_id', '=', planId);
}

/** PDSA cycles and Data Wise trackers of a plan; every query is scoped to the district. */
export const improvementRepo = {
  /** The live strategies and actions of a plan and the goals above them, for naming and checking keys. */
  listPlanElements(db: Executor, organizationId: string, planId: string) {
    return db
      .selectFrom('plan_elements')
      .select(['id', 'parent_id', 'kind', 'key', 'position', 'fields'])
      .where('organization_id', '=', organizationId)
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .where('kind', 'in', ['goal', 'strategy', 'action'])
      .orderBy('position')
      .execute();
  },

  listPdsaCycles(db: Executor, organizationId: string, planId: string, elementKeys?: readonly string[]): Promise<PdsaRow[]> {
    let query = pdsaQuery(db, organizationId, planId);
    if (elementKeys) query = query.where('c.element_key', 'in', elementKeys.length ? elementKeys : ['']);
    return query.orderBy('c.created_at').orderBy('c.number').execute();
  },

  findPdsaCycle(db: Executor, organizationId: string, planId: string, id: string): Promise<PdsaRow | undefined> {
    return pdsaQuery(db, organizationId, planId).where('c.id', '=', id).executeTakeFirst();
  },

  async insertPdsaCycle(
    trx: Transaction<DB>,
    values: { organizationId: string; planId: string; elementKey: string; elementKind: 'strategy' | 'action'; previousCycleId: string | null; number: number; userId: string | null; changeIdea: string; prediction: string; measure: string; startedOn: string | null },
  ) {
    const row = await trx
      .insertInto('pdsa_cycles')
      .values({
        organization_id: values.organizationId,
        plan_id: values.planId,
        element_key: values.elementKey,
        element_kind: values.elementKind,
        previous_cycle_id: values.previousCycleId,
        number: values.number,
        change_idea: values.changeIdea,
        prediction: values.prediction,
        measure: values.measure,
        started_on: values.startedOn,
        created_by: values.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await improvementRepo.findPdsaCycle(trx, values.organizationId, values.planId, row.id))!;
  },

  /** Changes a cycle only when the caller saw its latest version; undefined means stale. */
  updatePdsaCycle(trx: Transaction<DB>, organizationId: string, id: string, version: number, values: PdsaValues) {
    return trx
      .updateTable('pdsa_cycles')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  deletePdsaCycle(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('pdsa_cycles').where('organization_id', '=', organizationId).where('id', '=', id).execute();
  },

  listTrackers(db: Executor, organizationId: string, planId: string, strategyKey?: string) {
    let query = db.selectFrom('data_wise_trackers').selectAll().where('organization_id', '=', organizationId).where('plan_id', '=', planId);
    if (strategyKey !== undefined) query = query.where('strategy_key', '=', strategyKey);
    return query.orderBy('created_at').execute();
  },

  findTracker(db: Executor, organizationId: string, planId: string, id: string) {
    return db.selectFrom('data_wise_trackers').selectAll().where('organization_id', '=', organizationId).where('plan_id', '=', planId).where('id', '=', id).executeTakeFirst();
  },

  listSteps(db: Executor, organizationId: string, trackerIds: readonly string[]) {
    if (!trackerIds.length) return Promise.resolve([] as StepRow[]);
    return db.selectFrom('data_wise_steps').selectAll().where('organization_id', '=', organizationId).where('tracker_id', 'in', trackerIds).orderBy('step').execute();
  },

  async insertTracker(trx: Transaction<DB>, values: { organizationId: string; planId: string; strategyKey: string; title: string; team: string; userId: string | null }, stepNumbers: readonly number[]) {
    const tracker = await trx
      .insertInto('data_wise_trackers')
      .values({ organization_id: values.organizationId, plan_id: values.planId, strategy_key: values.strategyKey, title: values.title, team: values.team, created_by: values.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('data_wise_steps')
      .values(stepNumbers.map((step) => ({ tracker_id: tracker.id, organization_id: values.organizationId, step, updated_by: values.userId })))
      .execute();
    return tracker;
  },

  updateTracker(trx: Transaction<DB>, organizationId: string, id: string, version: number, values: { title?: string; team?: string }) {
    return trx
      .updateTable('data_wise_trackers')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** A step changed marks its tracker as changed too, so lists show the latest work first. */
  async updateStep(trx: Transaction<DB>, organizationId: string, trackerId: string, step: number, version: number, values: { status?: StepRow['status']; notes?: string; done_on?: string | null }, userId: string | null) {
    const row = await trx
      .updateTable('data_wise_steps')
      .set({ ...values, updated_by: userId, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('tracker_id', '=', trackerId)
      .where('step', '=', step)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    if (row) await trx.updateTable('data_wise_trackers').set({ updated_at: sql`now()` }).where('organization_id', '=', organizationId).where('id', '=', trackerId).execute();
    return row;
  },

  deleteTracker(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('data_wise_trackers').where('organization_id', '=', organizationId).where('id', '=', id).execute();
  },
};
