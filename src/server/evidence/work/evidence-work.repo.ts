import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Scope = { organizationId: string; cycleId: string };

/** Counts of what the evidence domain holds for a planning cycle, for its work areas. */
export const evidenceWorkRepo = {
  /** Datasets the district has loaded and imported (they serve every cycle). */
  async readyDatasets(db: Kysely<DB>, { organizationId }: Scope): Promise<number> {
    const row = await db.selectFrom('datasets').select((eb) => eb.fn.countAll<string>().as('count')).where('organization_id', '=', organizationId).where('status', '=', 'ready').executeTakeFirstOrThrow();
    return Number(row.count);
  },

  async retreatCharts(db: Kysely<DB>, { organizationId, cycleId }: Scope): Promise<number> {
    const row = await db
      .selectFrom('retreat_charts as c')
      .innerJoin('data_retreats as r', 'r.id', 'c.retreat_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('r.organization_id', '=', organizationId)
      .where('r.cycle_id', '=', cycleId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },

  async swotItems(db: Kysely<DB>, { organizationId, cycleId }: Scope): Promise<number> {
    const row = await db
      .selectFrom('swot_items as s')
      .innerJoin('data_retreats as r', 'r.id', 's.retreat_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('r.organization_id', '=', organizationId)
      .where('r.cycle_id', '=', cycleId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },

  /**
   * Priorities whose gap analysis says where the district is and where it wants to be; with
   * `withRootCauses`, only those whose root causes are written too (the diagnostic's substance).
   */
  async analysedPriorities(db: Kysely<DB>, { organizationId, cycleId }: Scope, withRootCauses: boolean): Promise<number> {
    let query = db
      .selectFrom('retreat_priorities as p')
      .innerJoin('data_retreats as r', 'r.id', 'p.retreat_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('r.organization_id', '=', organizationId)
      .where('r.cycle_id', '=', cycleId)
      .where(sql<boolean>`btrim(p.current_state) <> ''`)
      .where(sql<boolean>`btrim(p.future_state) <> ''`);
    if (withRootCauses) query = query.where(sql<boolean>`jsonb_array_length(p.root_causes) > 0`);
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.count);
  },
};
