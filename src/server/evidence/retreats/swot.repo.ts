import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Quadrant } from '../../../core/evidence/retreat/dot-voting.js';
import type { DB } from '../../db/schema.js';
import type { SwotItemsTable } from './retreat-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type SwotItemRow = Selectable<SwotItemsTable> & { dots: number; author_name: string | null };

/** The SWOT board's items and the dots on them: the only SQL of these two tables. */
export const swotRepo = {
  /** Every item of the retreat with its dot total and who wrote it, in the board's order. */
  list(db: Executor, retreatId: string): Promise<SwotItemRow[]> {
    return db
      .selectFrom('swot_items as s')
      .leftJoin('retreat_participants as p', 'p.id', 's.participant_id')
      .selectAll('s')
      .select((eb) => [
        eb.selectFrom('swot_dots as d').select(sql<number>`coalesce(sum(d.dots), 0)::int`.as('n')).whereRef('d.item_id', '=', 's.id').as('dots'),
        'p.display_name as author_name',
      ])
      .where('s.retreat_id', '=', retreatId)
      .orderBy('s.quadrant')
      .orderBy('s.position')
      .execute() as Promise<SwotItemRow[]>;
  },

  find(db: Executor, retreatId: string, itemId: string) {
    return db.selectFrom('swot_items').selectAll().where('retreat_id', '=', retreatId).where('id', '=', itemId).executeTakeFirst();
  },

  async nextPosition(db: Executor, retreatId: string, quadrant: Quadrant): Promise<number> {
    const row = await db
      .selectFrom('swot_items')
      .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
      .where('retreat_id', '=', retreatId)
      .where('quadrant', '=', quadrant)
      .executeTakeFirstOrThrow();
    return row.next;
  },

  insert(trx: Transaction<DB>, values: { retreatId: string; organizationId: string; quadrant: Quadrant; text: string; area: string | null; citations: unknown[]; position: number; participantId: string }) {
    return trx
      .insertInto('swot_items')
      .values({
        retreat_id: values.retreatId,
        organization_id: values.organizationId,
        quadrant: values.quadrant,
        text: values.text,
        area: values.area,
        citations: JSON.stringify(values.citations),
        position: values.position,
        participant_id: values.participantId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, retreatId: string, itemId: string, version: number, values: { quadrant: Quadrant; text: string; area: string | null; citations: unknown[]; position: number }) {
    return trx
      .updateTable('swot_items')
      .set({ quadrant: values.quadrant, text: values.text, area: values.area, citations: JSON.stringify(values.citations), position: values.position, version: sql`version + 1`, updated_at: sql`now()` })
      .where('retreat_id', '=', retreatId)
      .where('id', '=', itemId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(trx: Transaction<DB>, retreatId: string, itemId: string) {
    await trx.deleteFrom('swot_items').where('retreat_id', '=', retreatId).where('id', '=', itemId).execute();
  },

  /** A participant's dots by item: what decideDots weighs a new choice against. */
  async dotsOf(db: Executor, retreatId: string, participantId: string): Promise<Map<string, number>> {
    const rows = await db.selectFrom('swot_dots').select(['item_id', 'dots']).where('retreat_id', '=', retreatId).where('participant_id', '=', participantId).execute();
    return new Map(rows.map((row) => [row.item_id, row.dots]));
  },

  async totalDots(db: Executor, itemId: string): Promise<number> {
    const row = await db.selectFrom('swot_dots').select(sql<number>`coalesce(sum(dots), 0)::int`.as('n')).where('item_id', '=', itemId).executeTakeFirstOrThrow();
    return row.n;
  },

  /** Sets a participant's dots on one item (0 takes them off). */
  async setDots(trx: Transaction<DB>, values: { retreatId: string; organizationId: string; itemId: string; participantId: string; dots: number }) {
    if (values.dots === 0) {
      await trx.deleteFrom('swot_dots').where('item_id', '=', values.itemId).where('participant_id', '=', values.participantId).execute();
      return;
    }
    await trx
      .insertInto('swot_dots')
      .values({ item_id: values.itemId, participant_id: values.participantId, retreat_id: values.retreatId, organization_id: values.organizationId, dots: values.dots })
      .onConflict((oc) => oc.columns(['item_id', 'participant_id']).doUpdateSet({ dots: values.dots }))
      .execute();
  },
};
