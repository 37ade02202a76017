import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';

type Executor = Kysely<DB> | Transaction<DB>;

const columns = ['id', 'library_key', 'title', 'protocol', 'version', 'created_at', 'updated_at'] as const;

export type ProtocolRow = Awaited<ReturnType<typeof protocolsRepo.find>> & object;

/** The district's own focus-group protocols. */
export const protocolsRepo = {
  list(db: Executor, organizationId: string) {
    return db.selectFrom('focus_group_protocols').select(columns).where('organization_id', '=', organizationId).orderBy('title').orderBy('created_at').execute();
  },

  find(db: Executor, organizationId: string, protocolId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('focus_group_protocols').select(columns).where('organization_id', '=', organizationId).where('id', '=', protocolId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; libraryKey: string | null; title: string; protocol: Protocol; createdBy: string | null }) {
    return trx
      .insertInto('focus_group_protocols')
      .values({ organization_id: values.organizationId, library_key: values.libraryKey, title: values.title, protocol: JSON.stringify(values.protocol), created_by: values.createdBy })
      .returning(columns)
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, organizationId: string, protocolId: string, values: { title: string; protocol: Protocol }) {
    return trx
      .updateTable('focus_group_protocols')
      .set((eb) => ({ title: values.title, protocol: JSON.stringify(values.protocol), version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('organization_id', '=', organizationId)
      .where('id', '=', protocolId)
      .returning(columns)
      .executeTakeFirstOrThrow();
  },

  remove(trx: Transaction<DB>, organizationId: string, protocolId: string) {
    return trx.deleteFrom('focus_group_protocols').where('organization_id', '=', organizationId).where('id', '=', protocolId).executeTakeFirst();
  },
};
