import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type ThemeRow = Awaited<ReturnType<typeof themesRepo.list>>[number];

/** The cycle's shared codebook of themes, with how widely each is used. */
export const themesRepo = {
  /** Two writers of one cycle's codebook take turns, so a name is checked and taken at once. */
  async lockCodebook(trx: Transaction<DB>, cycleId: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`focus-group-codebook:${cycleId}`}))`.execute(trx);
  },

  list(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('focus_group_themes as t')
      .select(['t.id', 't.name', 't.description', 't.version'])
      .select((eb) => [
        eb
          .selectFrom('focus_group_codes as c')
          .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
          .select(sql<number>`count(distinct n.focus_group_id)::int`.as('n'))
          .whereRef('c.theme_id', '=', 't.id')
          .as('groups'),
        eb.selectFrom('focus_group_codes as c').select(sql<number>`count(*)::int`.as('n')).whereRef('c.theme_id', '=', 't.id').as('passages'),
      ])
      .where('t.organization_id', '=', organizationId)
      .where('t.cycle_id', '=', cycleId)
      .orderBy(sql`lower(t.name)`)
      .execute();
  },

  /** Every cycle's themes in the district that some focus group raised, with how many groups of its cycle did. */
  listRaised(db: Executor, organizationId: string) {
    return db
      .selectFrom('focus_group_themes as t')
      .innerJoin('focus_group_codes as c', 'c.theme_id', 't.id')
      .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
      .select(['t.id', 't.cycle_id', 't.name'])
      .select(sql<number>`count(distinct n.focus_group_id)::int`.as('groups'))
      .select((eb) => eb.selectFrom('focus_groups as g').select(sql<number>`count(*)::int`.as('n')).whereRef('g.cycle_id', '=', 't.cycle_id').as('cycle_groups'))
      .where('t.organization_id', '=', organizationId)
      .groupBy(['t.id', 't.cycle_id', 't.name'])
      .orderBy('t.cycle_id')
      .orderBy(sql`lower(t.name)`)
      .execute();
  },

  async find(db: Executor, organizationId: string, cycleId: string, themeId: string) {
    return (await themesRepo.list(db, organizationId, cycleId)).find((theme) => theme.id === themeId);
  },

  findByName(db: Executor, cycleId: string, name: string) {
    return db.selectFrom('focus_group_themes').select(['id']).where('cycle_id', '=', cycleId).where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
  },

  /** The ids among `themeIds` that are themes of this cycle. */
  async idsInCycle(db: Executor, organizationId: string, cycleId: string, themeIds: readonly string[]) {
    if (themeIds.length === 0) return new Set<string>();
    const rows = await db.selectFrom('focus_group_themes').select('id').where('organization_id', '=', organizationId).where('cycle_id', '=', cycleId).where('id', 'in', themeIds).execute();
    return new Set(rows.map((row) => row.id));
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; cycleId: string; name: string; description: string }) {
    return trx
      .insertInto('focus_group_themes')
      .values({ organization_id: values.organizationId, cycle_id: values.cycleId, name: values.name, description: values.description })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  /** Applies the change only at `version`; undefined when someone changed the theme first. */
  update(trx: Transaction<DB>, themeId: string, version: number, values: { name?: string; description?: string }) {
    return trx
      .updateTable('focus_group_themes')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', themeId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  remove(trx: Transaction<DB>, themeId: string) {
    return trx.deleteFrom('focus_group_themes').where('id', '=', themeId).executeTakeFirst();
  },
};
