import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CycleDeliverablesTable, CyclePhasesTable, CycleReadinessItemsTable, CycleSessionsTable, CycleStepsTable, PlanningCyclesTable } from '../tables.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type CycleRow = Selectable<PlanningCyclesTable>;
export type PhaseRow = Selectable<CyclePhasesTable>;
export type StepRow = Selectable<CycleStepsTable>;
export type SessionRow = Selectable<CycleSessionsTable>;
export type DeliverableRow = Selectable<CycleDeliverablesTable>;
export type ReadinessRow = Selectable<CycleReadinessItemsTable>;

/** A cycle and everything in it, in order: what the timeline and checklist views read. */
export interface CycleContents {
  cycle: CycleRow;
  /** The linked plan, when it is still the district's. */
  plan: { id: string; title: string } | null;
  phases: PhaseRow[];
  steps: StepRow[];
  sessions: SessionRow[];
  deliverables: DeliverableRow[];
  readiness: ReadinessRow[];
  /** Names of the users the rows mention, by id. */
  names: Map<string, string>;
}

export const cyclesRepo = {
  listForOrganization(db: Executor, organizationId: string) {
    return db
      .selectFrom('planning_cycles as c')
      .selectAll('c')
      .select((eb) => [
        eb.selectFrom('cycle_phases as p').select(sql<string | null>`max(p.end_date)`.as('e')).whereRef('p.cycle_id', '=', 'c.id').as('end_date'),
      ])
      .where('c.organization_id', '=', organizationId)
      .orderBy('c.start_date', 'desc')
      .orderBy('c.created_at', 'desc')
      .execute();
  },

  insertCycle(
    trx: Transaction<DB>,
    values: { organizationId: string; templateId: string; name: string; startDate: string; createdBy: string | null; sessionChoices: Record<string, number>; optionalPaths: string[] },
  ) {
    return trx
      .insertInto('planning_cycles')
      .values({
        organization_id: values.organizationId,
        template_id: values.templateId,
        name: values.name,
        start_date: values.startDate,
        created_by: values.createdBy,
        session_choices: JSON.stringify(values.sessionChoices),
        optional_paths: JSON.stringify(values.optionalPaths),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  findCycle(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').selectAll().where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst();
  },

  /** The cycle row, locked for the transaction so writes that renumber positions take turns. */
  lockCycle(trx: Transaction<DB>, organizationId: string, cycleId: string) {
    return trx.selectFrom('planning_cycles').selectAll().where('organization_id', '=', organizationId).where('id', '=', cycleId).forUpdate().executeTakeFirst();
  },

  updateCycle(trx: Transaction<DB>, cycleId: string, version: number, changes: { name?: string; plan_id?: string | null; optional_paths?: string[] }) {
    const { optional_paths, ...plain } = changes;
    return trx
      .updateTable('planning_cycles')
      .set({ ...plain, ...(optional_paths ? { optional_paths: JSON.stringify(optional_paths) } : {}), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', cycleId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** A plan of the district, for linking a cycle to it; undefined when it is not the district's. */
  findDistrictPlan(db: Executor, organizationId: string, planId: string) {
    return db.selectFrom('plans').select(['id', 'title']).where('organization_id', '=', organizationId).where('id', '=', planId).executeTakeFirst();
  },

  /**
   * Names of the people a cycle mentions (owners, reviewers, who decided readiness), so readers
   * who may not list the district's members still see who is who.
   */
  async namesOf(db: Executor, userIds: Array<string | null>): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  },

  async readContents(db: Executor, cycle: CycleRow): Promise<CycleContents> {
    const phases = await db.selectFrom('cycle_phases').selectAll().where('cycle_id', '=', cycle.id).orderBy('position').execute();
    const phaseOrder = new Map(phases.map((p) => [p.id, p.position]));
    // Children are listed phase by phase, then by their own position.
    const inPhaseOrder = <T extends { phase_id: string; position: number }>(rows: T[]) =>
      rows.sort((a, b) => (phaseOrder.get(a.phase_id) ?? 0) - (phaseOrder.get(b.phase_id) ?? 0) || a.position - b.position);
    const deliverables = inPhaseOrder(await db.selectFrom('cycle_deliverables').selectAll().where('cycle_id', '=', cycle.id).execute());
    const readiness = await db.selectFrom('cycle_readiness_items').selectAll().where('cycle_id', '=', cycle.id).orderBy('position').execute();
    return {
      cycle,
      plan: cycle.plan_id ? ((await cyclesRepo.findDistrictPlan(db, cycle.organization_id, cycle.plan_id)) ?? null) : null,
      phases,
      steps: inPhaseOrder(await db.selectFrom('cycle_steps').selectAll().where('cycle_id', '=', cycle.id).execute()),
      sessions: inPhaseOrder(await db.selectFrom('cycle_sessions').selectAll().where('cycle_id', '=', cycle.id).execute()),
      deliverables,
      readiness,
      names: await cyclesRepo.namesOf(db, [...deliverables.flatMap((d) => [d.owner_id, d.reviewer_id]), ...readiness.map((r) => r.decided_by)]),
    };
  },

  insertPhase(trx: Transaction<DB>, values: Omit<PhaseRow, 'id' | 'version' | 'created_at' | 'updated_at' | 'closed_at' | 'closed_by' | 'outcomes'> & { outcomes: string[] }) {
    return trx
      .insertInto('cycle_phases')
      .values({ ...values, outcomes: JSON.stringify(values.outcomes) })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async insertSteps(trx: Transaction<DB>, rows: Array<{ cycle_id: string; organization_id: string; phase_id: string; position: number; text: string; links_to: string | null }>) {
    if (rows.length) await trx.insertInto('cycle_steps').values(rows).execute();
  },

  async insertSessions(
    trx: Transaction<DB>,
    rows: Array<Omit<SessionRow, 'id' | 'version' | 'created_at' | 'updated_at' | 'details'> & { details: Record<string, unknown> }>,
  ) {
    if (rows.length) await trx.insertInto('cycle_sessions').values(rows.map((r) => ({ ...r, details: JSON.stringify(r.details) }))).execute();
  },

  insertDeliverables(trx: Transaction<DB>, rows: Array<{ cycle_id: string; organization_id: string; phase_id: string; template_key: string; letter: string | null; position: number; name: string; description: string; done_when: string[]; due_date: string; links_to: string | null }>) {
    if (!rows.length) return Promise.resolve([]);
    return trx
      .insertInto('cycle_deliverables')
      .values(rows.map((r) => ({ ...r, done_when: JSON.stringify(r.done_when) })))
      .returning(['id'])
      .execute();
  },

  async insertReadinessItems(trx: Transaction<DB>, rows: Array<{ cycle_id: string; organization_id: string; template_key: string; position: number; label: string; description: string | null; links_to: string | null }>) {
    if (rows.length) await trx.insertInto('cycle_readiness_items').values(rows).execute();
  },

  closePhase(trx: Transaction<DB>, phaseId: string, version: number, userId: string | null) {
    return trx
      .updateTable('cycle_phases')
      .set({ closed_at: sql`now()`, closed_by: userId, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', phaseId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  reopenPhase(trx: Transaction<DB>, phaseId: string, version: number) {
    return trx
      .updateTable('cycle_phases')
      .set({ closed_at: null, closed_by: null, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', phaseId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** Phases of many cycles at once (a cohort's dashboard), only what progress needs; filtered by district too. */
  listPhasesOfCycles(db: Executor, organizationIds: readonly string[], cycleIds: readonly string[]) {
    return db
      .selectFrom('cycle_phases')
      .select(['cycle_id', 'organization_id', 'template_key', 'position', 'name', sql<boolean>`closed_at is not null`.as('is_closed')])
      .where('cycle_id', 'in', cycleIds)
      .where('organization_id', 'in', organizationIds)
      .orderBy('cycle_id')
      .orderBy('position')
      .execute();
  },

  /** Deliverables of many cycles at once, in phase order then their own, with their status and review. */
  listDeliverablesOfCycles(db: Executor, organizationIds: readonly string[], cycleIds: readonly string[]) {
    return db
      .selectFrom('cycle_deliverables as d')
      .innerJoin('cycle_phases as p', 'p.id', 'd.phase_id')
      .select(['d.id', 'd.cycle_id', 'd.organization_id', 'd.template_key', 'd.letter', 'd.name', 'd.status', 'd.review_state', 'd.due_date', 'p.template_key as phase_key'])
      .where('d.cycle_id', 'in', cycleIds)
      .where('d.organization_id', 'in', organizationIds)
      .orderBy('d.cycle_id')
      .orderBy('p.position')
      .orderBy('d.position')
      .execute();
  },

  /** Each cycle's next session on or after `today` (at most one per cycle). */
  listNextSessionsOfCycles(db: Executor, organizationIds: readonly string[], cycleIds: readonly string[], today: string) {
    return db
      .selectFrom('cycle_sessions')
      .distinctOn('cycle_id')
      .select(['id', 'cycle_id', 'organization_id', 'name', 'session_date', 'format'])
      .where('cycle_id', 'in', cycleIds)
      .where('organization_id', 'in', organizationIds)
      .where('session_date', '>=', today)
      .orderBy('cycle_id')
      .orderBy('session_date')
      .orderBy('position')
      .execute();
  },
};
