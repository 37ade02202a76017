import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DataRetreatsTable, RetreatParticipantsTable } from './retreat-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type RetreatRow = Selectable<DataRetreatsTable>;
export type ParticipantRow = Selectable<RetreatParticipantsTable>;

/** The retreats and who takes part in them: the only SQL of these two tables. */
export const retreatsRepo = {
  /** The district that owns a retreat, for the access checkpoint. */
  async findOwner(db: Executor, retreatId: string): Promise<string | undefined> {
    const row = await db.selectFrom('data_retreats').select('organization_id').where('id', '=', retreatId).executeTakeFirst();
    return row?.organization_id;
  },

  /**
   * A retreat of the district; `lock` takes its row for the rest of the transaction, which is how
   * every write that must see the whole retreat at once (dots, positions) waits its turn.
   */
  find(db: Executor, organizationId: string, retreatId: string, options: { lock?: boolean } = {}): Promise<RetreatRow | undefined> {
    let query = db.selectFrom('data_retreats').selectAll().where('organization_id', '=', organizationId).where('id', '=', retreatId);
    if (options.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  findByCode(db: Executor, joinCode: string, options: { lock?: boolean } = {}): Promise<RetreatRow | undefined> {
    let query = db.selectFrom('data_retreats').selectAll().where('join_code', '=', joinCode);
    if (options.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  findBySession(db: Executor, sessionId: string) {
    return db.selectFrom('data_retreats').select('id').where('session_id', '=', sessionId).executeTakeFirst();
  },

  async isCodeTaken(db: Executor, joinCode: string): Promise<boolean> {
    return !!(await db.selectFrom('data_retreats').select('id').where('join_code', '=', joinCode).executeTakeFirst());
  },

  /** The cycle's retreats with their counts, newest first. */
  listForCycle(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('data_retreats as r')
      .selectAll('r')
      .select((eb) => [
        eb.selectFrom('retreat_charts as c').select(sql<number>`count(*)::int`.as('n')).whereRef('c.retreat_id', '=', 'r.id').as('chart_count'),
        eb.selectFrom('retreat_participants as p').select(sql<number>`count(*)::int`.as('n')).whereRef('p.retreat_id', '=', 'r.id').as('participant_count'),
        eb.selectFrom('swot_items as s').select(sql<number>`count(*)::int`.as('n')).whereRef('s.retreat_id', '=', 'r.id').as('swot_item_count'),
        eb.selectFrom('retreat_priorities as q').select(sql<number>`count(*)::int`.as('n')).whereRef('q.retreat_id', '=', 'r.id').as('priority_count'),
      ])
      .where('r.organization_id', '=', organizationId)
      .where('r.cycle_id', '=', cycleId)
      .orderBy('r.created_at', 'desc')
      .execute();
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; cycleId: string; sessionId: string; title: string; joinCode: string; dotsPerPerson: number; frame: 'none' | 'performance_fact'; createdBy: string | null }) {
    return trx
      .insertInto('data_retreats')
      .values({
        organization_id: values.organizationId,
        cycle_id: values.cycleId,
        session_id: values.sessionId,
        title: values.title,
        join_code: values.joinCode,
        dots_per_person: values.dotsPerPerson,
        frame: values.frame,
        created_by: values.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Writes the changes when `version` is still the retreat's; undefined when someone saved since. */
  update(trx: Transaction<DB>, organizationId: string, retreatId: string, version: number, changes: Partial<Pick<RetreatRow, 'title' | 'dots_per_person' | 'frame' | 'status'>>) {
    return trx
      .updateTable('data_retreats')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', retreatId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(trx: Transaction<DB>, organizationId: string, retreatId: string) {
    await trx.deleteFrom('data_retreats').where('organization_id', '=', organizationId).where('id', '=', retreatId).execute();
  },

  countParticipants(db: Executor, retreatId: string) {
    return db.selectFrom('retreat_participants').select(sql<number>`count(*)::int`.as('n')).where('retreat_id', '=', retreatId).executeTakeFirstOrThrow().then((row) => row.n);
  },

  findParticipantOfUser(db: Executor, retreatId: string, userId: string): Promise<ParticipantRow | undefined> {
    return db.selectFrom('retreat_participants').selectAll().where('retreat_id', '=', retreatId).where('user_id', '=', userId).executeTakeFirst();
  },

  findParticipantOfDevice(db: Executor, retreatId: string, deviceHash: string): Promise<ParticipantRow | undefined> {
    return db.selectFrom('retreat_participants').selectAll().where('retreat_id', '=', retreatId).where('device_hash', '=', deviceHash).executeTakeFirst();
  },

  /**
   * The participant of a member or a device, made on first use. Two requests of one phone at once
   * both end with the same row: the loser of the insert reads the winner's.
   */
  async joinOnce(db: Executor, values: { retreatId: string; organizationId: string; displayName: string; userId: string | null; deviceHash: string | null }): Promise<{ participant: ParticipantRow; created: boolean }> {
    const inserted = await db
      .insertInto('retreat_participants')
      .values({ retreat_id: values.retreatId, organization_id: values.organizationId, display_name: values.displayName, user_id: values.userId, device_hash: values.deviceHash })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { participant: inserted, created: true };
    const existing = values.userId
      ? await retreatsRepo.findParticipantOfUser(db, values.retreatId, values.userId)
      : await retreatsRepo.findParticipantOfDevice(db, values.retreatId, values.deviceHash!);
    return { participant: existing!, created: false };
  },
};
