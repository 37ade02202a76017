import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The student group labels of the district's files, and how the groups screen mapped them. */
export const groupsRepo = {
  /** Each label the district's current imports write, with its number of rows. */
  async labelsInData(db: Executor, organizationId: string, importId?: string) {
    const result = await sql<{ label: string; rows: number }>`
      select r.group_label as label, count(*)::int as rows
      from dataset_rows r join datasets d on d.current_import_id = r.import_id
      where d.organization_id = ${organizationId} and r.organization_id = ${organizationId}
        ${importId ? sql`and r.import_id = ${importId}` : sql``}
      group by r.group_label order by r.group_label`.execute(db);
    return result.rows;
  },

  mapped(db: Executor, organizationId: string) {
    return db.selectFrom('evidence_group_labels').select(['label', 'group_key']).where('organization_id', '=', organizationId).orderBy('label').execute();
  },

  save(trx: Transaction<DB>, organizationId: string, labels: readonly { label: string; group_key: string | null }[]) {
    if (labels.length === 0) return Promise.resolve();
    return trx
      .insertInto('evidence_group_labels')
      .values(labels.map((row) => ({ organization_id: organizationId, label: row.label, group_key: row.group_key })))
      .onConflict((oc) => oc.columns(['organization_id', 'label']).doUpdateSet((eb) => ({ group_key: eb.ref('excluded.group_key') })))
      .execute()
      .then(() => undefined);
  },
};
