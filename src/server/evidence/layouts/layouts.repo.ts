import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type SavedLayoutRow = Awaited<ReturnType<typeof layoutsRepo.list>>[number];

const columns = ['id', 'name', 'fingerprint', 'mapping', 'updated_at'] as const;

/** The district's saved layouts (mappings kept under a name for next year's file). */
export const layoutsRepo = {
  list(db: Executor, organizationId: string) {
    return db.selectFrom('evidence_layouts').select(columns).where('organization_id', '=', organizationId).orderBy('name').execute();
  },

  find(db: Executor, organizationId: string, id: string) {
    return db.selectFrom('evidence_layouts').select(columns).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  },

  /** The most recently saved layout of the district for a header row, if any. */
  findByFingerprint(db: Executor, organizationId: string, fingerprint: string) {
    return db
      .selectFrom('evidence_layouts')
      .select(columns)
      .where('organization_id', '=', organizationId)
      .where('fingerprint', '=', fingerprint)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** Saves a layout under its name; saving the name again replaces its mapping (next year's file corrected it). */
  save(trx: Transaction<DB>, values: { organizationId: string; name: string; fingerprint: string; mapping: unknown; createdBy: string | null }) {
    return trx
      .insertInto('evidence_layouts')
      .values({ organization_id: values.organizationId, name: values.name, fingerprint: values.fingerprint, mapping: JSON.stringify(values.mapping), created_by: values.createdBy })
      .onConflict((oc) => oc.columns(['organization_id', 'name']).doUpdateSet({ fingerprint: values.fingerprint, mapping: JSON.stringify(values.mapping), updated_at: sql`now()` }))
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
  },
};
