import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReviewRubricsTable } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type RubricRow = Selectable<ReviewRubricsTable>;
export interface StoredCriterion {
  label: string;
  description: string;
  levels: Array<{ label: string; description: string }>;
}

/** A network's review rubrics, one per deliverable type (template id + the template's deliverable id). */
export const rubricsRepo = {
  list(db: Executor, organizationId: string) {
    return db.selectFrom('review_rubrics').selectAll().where('organization_id', '=', organizationId).orderBy('template_id').orderBy('deliverable_key').execute();
  },

  /** The rubrics of any of the organisations (the reviewer's own and the networks that matched it). */
  listOfOrganizations(db: Executor, organizationIds: readonly string[]) {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('review_rubrics').selectAll().where('organization_id', 'in', organizationIds).execute();
  },

  find(db: Executor, organizationId: string, id: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('review_rubrics').selectAll().where('organization_id', '=', organizationId).where('id', '=', id);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  findByDeliverable(db: Executor, organizationId: string, templateId: string, deliverableKey: string) {
    return db.selectFrom('review_rubrics').select('id').where('organization_id', '=', organizationId).where('template_id', '=', templateId).where('deliverable_key', '=', deliverableKey).executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; templateId: string; deliverableKey: string; name: string; criteria: StoredCriterion[] }) {
    return trx
      .insertInto('review_rubrics')
      .values({ organization_id: values.organizationId, template_id: values.templateId, deliverable_key: values.deliverableKey, name: values.name, criteria: JSON.stringify(values.criteria) })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Replaces name and criteria if the caller saw the latest version; undefined means stale. */
  update(trx: Transaction<DB>, organizationId: string, id: string, version: number, values: { name: string; criteria: StoredCriterion[] }) {
    return trx
      .updateTable('review_rubrics')
      .set({ name: values.name, criteria: JSON.stringify(values.criteria), version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  delete(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('review_rubrics').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  },
};
