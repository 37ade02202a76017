import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EntityStatus } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The schools and district the district's files name, and what each is matched to. */
export const entitiesRepo = {
  /** Every entity of the district with its rows in the current data (0 when no current file names it now). */
  async listWithRows(db: Executor, organizationId: string) {
    const result = await sql<{ key: string; name: string; code: string | null; status: EntityStatus; school_id: string | null; rows: number }>`
      select e.entity_key as key, e.name, e.code, e.status, e.school_id, coalesce(c.rows, 0)::int as rows
      from evidence_entities e
      left join (
        select r.entity_key, count(*) as rows
        from dataset_rows r join datasets d on d.current_import_id = r.import_id
        where d.organization_id = ${organizationId} and r.organization_id = ${organizationId}
        group by r.entity_key
      ) c on c.entity_key = e.entity_key
      where e.organization_id = ${organizationId}
      order by e.name, e.entity_key`.execute(db);
    return result.rows;
  },

  keys(db: Executor, organizationId: string, keys: readonly string[]) {
    if (keys.length === 0) return Promise.resolve([]);
    return db.selectFrom('evidence_entities').select(['entity_key', 'name', 'code', 'status', 'school_id']).where('organization_id', '=', organizationId).where('entity_key', 'in', keys).execute();
  },

  /** Adds entities a file names for the first time; those already known keep what a person decided. */
  async insertNew(trx: Transaction<DB>, organizationId: string, entities: readonly { key: string; name: string; code: string | null; status: EntityStatus; schoolId: string | null }[]) {
    for (let start = 0; start < entities.length; start += 1000) {
      const batch = entities.slice(start, start + 1000);
      await trx
        .insertInto('evidence_entities')
        .values(batch.map((entity) => ({ organization_id: organizationId, entity_key: entity.key, name: entity.name, code: entity.code, status: entity.status, school_id: entity.schoolId })))
        .onConflict((oc) => oc.columns(['organization_id', 'entity_key']).doNothing())
        .execute();
    }
  },

  set(trx: Transaction<DB>, organizationId: string, key: string, values: { status: EntityStatus; schoolId: string | null }) {
    return trx
      .updateTable('evidence_entities')
      .set({ status: values.status, school_id: values.schoolId })
      .where('organization_id', '=', organizationId)
      .where('entity_key', '=', key)
      .execute();
  },
};
