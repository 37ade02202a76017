import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RetreatChartsTable, RetreatObservationsTable } from './retreat-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type ChartRow = Selectable<RetreatChartsTable>;
export type ObservationRow = Selectable<RetreatObservationsTable> & { author_name: string | null };

export interface ChartValues {
  question: string;
  metric: string;
  view: Record<string, unknown>;
  area: string | null;
}

/** A retreat's charts and the observations written on them: the only SQL of these two tables. */
export const retreatChartsRepo = {
  list(db: Executor, retreatId: string): Promise<ChartRow[]> {
    return db.selectFrom('retreat_charts').selectAll().where('retreat_id', '=', retreatId).orderBy('position').orderBy('created_at').execute();
  },

  find(db: Executor, retreatId: string, chartId: string): Promise<ChartRow | undefined> {
    return db.selectFrom('retreat_charts').selectAll().where('retreat_id', '=', retreatId).where('id', '=', chartId).executeTakeFirst();
  },

  async nextPosition(db: Executor, retreatId: string): Promise<number> {
    const row = await db.selectFrom('retreat_charts').select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next')).where('retreat_id', '=', retreatId).executeTakeFirstOrThrow();
    return row.next;
  },

  insert(trx: Transaction<DB>, values: ChartValues & { retreatId: string; organizationId: string; position: number }) {
    return trx
      .insertInto('retreat_charts')
      .values({ retreat_id: values.retreatId, organization_id: values.organizationId, position: values.position, question: values.question, metric: values.metric, view: JSON.stringify(values.view), area: values.area })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, retreatId: string, chartId: string, version: number, values: ChartValues) {
    return trx
      .updateTable('retreat_charts')
      .set({ question: values.question, metric: values.metric, view: JSON.stringify(values.view), area: values.area, version: sql`version + 1`, updated_at: sql`now()` })
      .where('retreat_id', '=', retreatId)
      .where('id', '=', chartId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(trx: Transaction<DB>, retreatId: string, chartId: string) {
    await trx.deleteFrom('retreat_charts').where('retreat_id', '=', retreatId).where('id', '=', chartId).execute();
  },

  async setPositions(trx: Transaction<DB>, retreatId: string, chartIds: readonly string[]) {
    for (const [position, id] of chartIds.entries()) {
      await trx.updateTable('retreat_charts').set({ position }).where('retreat_id', '=', retreatId).where('id', '=', id).execute();
    }
  },

  /** Observations, oldest first, with their author's name (for the team); `visibleOnly` leaves hidden ones out. */
  listObservations(db: Executor, retreatId: string, options: { visibleOnly: boolean }): Promise<ObservationRow[]> {
    let query = db
      .selectFrom('retreat_observations as o')
      .leftJoin('retreat_participants as p', 'p.id', 'o.participant_id')
      .selectAll('o')
      .select('p.display_name as author_name')
      .where('o.retreat_id', '=', retreatId);
    if (options.visibleOnly) query = query.where('o.is_hidden', '=', false);
    return query.orderBy('o.created_at').orderBy('o.id').execute();
  },

  findObservation(db: Executor, retreatId: string, observationId: string) {
    return db.selectFrom('retreat_observations').selectAll().where('retreat_id', '=', retreatId).where('id', '=', observationId).executeTakeFirst();
  },

  /** Which of these ids are observations of the retreat (for citations). */
  async existingObservationIds(db: Executor, retreatId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.selectFrom('retreat_observations').select('id').where('retreat_id', '=', retreatId).where('id', 'in', [...ids]).execute();
    return new Set(rows.map((row) => row.id));
  },

  insertObservation(db: Executor, values: { retreatId: string; organizationId: string; chartId: string; participantId: string; kind: 'notice' | 'wonder'; body: string }) {
    return db
      .insertInto('retreat_observations')
      .values({ retreat_id: values.retreatId, organization_id: values.organizationId, chart_id: values.chartId, participant_id: values.participantId, kind: values.kind, body: values.body })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  setObservationHidden(trx: Transaction<DB>, retreatId: string, observationId: string, isHidden: boolean) {
    return trx.updateTable('retreat_observations').set({ is_hidden: isHidden }).where('retreat_id', '=', retreatId).where('id', '=', observationId).returningAll().executeTakeFirst();
  },
};
