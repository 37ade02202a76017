import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import '../public-comment/public-comment-tables.js';

export const citationsRepo = {
  /** The district's plans that have had a public comment window, whatever its state. */
  async listCommentedPlanIds(db: Kysely<DB>, organizationId: string): Promise<string[]> {
    const rows = await db.selectFrom('public_comment_periods').select('plan_id').distinct().where('organization_id', '=', organizationId).execute();
    return rows.map((row) => row.plan_id);
  },
};
