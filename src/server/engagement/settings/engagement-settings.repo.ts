import { sql, type Kysely, type Transaction } from 'kysely';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const engagementSettingsRepo = {
  find(db: Executor, organizationId: string) {
    return db.selectFrom('engagement_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
  },

  /** The district's row, made with the defaults if it has none yet, and locked for the rest of the transaction. */
  async findLocked(trx: Transaction<DB>, organizationId: string) {
    await trx.insertInto('engagement_settings').values({ organization_id: organizationId }).onConflict((conflict) => conflict.column('organization_id').doNothing()).execute();
    return trx.selectFrom('engagement_settings').selectAll().where('organization_id', '=', organizationId).forUpdate().executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, organizationId: string, values: { respondent_threshold?: number; representation_gap?: number; page_texts?: PageTexts }) {
    const { page_texts: pageTexts, ...numbers } = values;
    return trx
      .updateTable('engagement_settings')
      .set({ ...numbers, ...(pageTexts ? { page_texts: JSON.stringify(pageTexts) } : {}), version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
