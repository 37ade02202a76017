import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { itemTable, type ItemKind } from './cycle-fields.js';

type Executor = Kysely<DB> | Transaction<DB>;
/** One row of any item table; the use-cases read the columns their kind has. */
export type ItemRow = Record<string, unknown> & { id: string; cycle_id: string; position: number; version: number; phase_id?: string };

// The table is picked at run time from the fixed list in cycle-fields.ts, never from input, so
// the queries go through an untyped view of the same connection.
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** Reads and writes single phases, steps, sessions and deliverables of one cycle. */
export const cycleItemsRepo = {
  find(db: Executor, kind: ItemKind, cycleId: string, id: string) {
    return untyped(db).selectFrom(itemTable[kind]).selectAll().where('cycle_id', '=', cycleId).where('id', '=', id).executeTakeFirst() as Promise<ItemRow | undefined>;
  },

  /** The items beside one: the cycle's phases, or the children of one kind of a phase, in order. */
  siblings(db: Executor, kind: ItemKind, cycleId: string, phaseId: string | null) {
    let query = untyped(db).selectFrom(itemTable[kind]).selectAll().where('cycle_id', '=', cycleId);
    if (kind !== 'phase') query = query.where('phase_id', '=', phaseId);
    return query.orderBy('position').orderBy('created_at').execute() as Promise<ItemRow[]>;
  },

  insert(trx: Transaction<DB>, kind: ItemKind, values: Record<string, unknown>) {
    return untyped(trx).insertInto(itemTable[kind]).values(values).returningAll().executeTakeFirstOrThrow() as Promise<ItemRow>;
  },

  /** Changes the row only if the caller saw its latest version; undefined means stale. */
  updateVersioned(trx: Transaction<DB>, kind: ItemKind, id: string, version: number, columns: Record<string, unknown>) {
    return untyped(trx)
      .updateTable(itemTable[kind])
      .set({ ...columns, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst() as Promise<ItemRow | undefined>;
  },

  /** Puts an item at a position (and phase); only the moved item's version changes. */
  place(trx: Transaction<DB>, kind: ItemKind, id: string, position: number, phaseId: string | null, bumpVersion: boolean) {
    return untyped(trx)
      .updateTable(itemTable[kind])
      .set({ position, ...(phaseId && kind !== 'phase' ? { phase_id: phaseId } : {}), updated_at: sql`now()`, ...(bumpVersion ? { version: sql`version + 1` } : {}) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow() as Promise<ItemRow>;
  },

  async remove(trx: Transaction<DB>, kind: ItemKind, id: string) {
    await untyped(trx).deleteFrom(itemTable[kind]).where('id', '=', id).execute();
  },

  /** How many steps, sessions and deliverables a phase holds; removing it removes them too. */
  async childCounts(db: Executor, phaseId: string) {
    const count = async (table: 'cycle_steps' | 'cycle_sessions' | 'cycle_deliverables') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('phase_id', '=', phaseId).executeTakeFirstOrThrow()).n);
    return { steps: await count('cycle_steps'), sessions: await count('cycle_sessions'), deliverables: await count('cycle_deliverables') };
  },
};
