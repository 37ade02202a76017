import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PopulationDimension } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface PopulationGroupRow {
  school: string;
  dimension: PopulationDimension;
  key: string;
  label: string;
  count: number;
  source: 'entered' | 'imported';
}

/** The only code that reads and writes who the district serves. */
export const populationRepo = {
  /** The district's population header, locked in a transaction so two saves take turns. */
  findHeader(db: Executor, organizationId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('populations').select(['version', 'updated_at']).where('organization_id', '=', organizationId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  listGroups(db: Executor, organizationId: string): Promise<PopulationGroupRow[]> {
    return db
      .selectFrom('population_groups')
      .select(['school', 'dimension', 'key', 'label', 'count', 'source'])
      .where('organization_id', '=', organizationId)
      .orderBy('school')
      .orderBy('dimension')
      .orderBy('position')
      .execute();
  },

  async writeHeader(trx: Transaction<DB>, organizationId: string, userId: string | null, version: number) {
    if (version === 1) {
      await trx.insertInto('populations').values({ organization_id: organizationId, updated_by: userId }).execute();
    } else {
      await trx.updateTable('populations').set({ version, updated_by: userId, updated_at: new Date() }).where('organization_id', '=', organizationId).execute();
    }
  },

  async replaceList(trx: Transaction<DB>, organizationId: string, list: { school: string; dimension: PopulationDimension; groups: { key: string; label: string; count: number }[] }) {
    await trx.deleteFrom('population_groups').where('organization_id', '=', organizationId).where('school', '=', list.school).where('dimension', '=', list.dimension).execute();
    if (!list.groups.length) return;
    await trx
      .insertInto('population_groups')
      .values(list.groups.map((group, position) => ({ organization_id: organizationId, school: list.school, dimension: list.dimension, key: group.key, label: group.label, count: group.count, position })))
      .execute();
  },
};
