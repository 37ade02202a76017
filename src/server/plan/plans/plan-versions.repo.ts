import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle } from '../tables.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const planVersionsRepo = {
  /** Freezes a document as the plan's next version number. Versions are never changed afterwards. */
  async freeze(
    trx: Transaction<DB>,
    values: { planId: string; organizationId: string; lifecycle: PlanLifecycle; label: string; document: PlanDocument; adoption?: unknown; createdBy: string | null },
  ) {
    const { next } = await trx
      .selectFrom('plan_versions')
      .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
      .where('plan_id', '=', values.planId)
      .executeTakeFirstOrThrow();
    return trx
      .insertInto('plan_versions')
      .values({
        plan_id: values.planId,
        organization_id: values.organizationId,
        number: next,
        lifecycle: values.lifecycle,
        label: values.label,
        document: JSON.stringify(values.document),
        adoption: values.adoption === undefined ? null : JSON.stringify(values.adoption),
        created_by: values.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  list(db: Executor, planId: string) {
    return db
      .selectFrom('plan_versions')
      .leftJoin('users', 'users.id', 'plan_versions.created_by')
      .select(['plan_versions.id', 'plan_versions.number', 'plan_versions.lifecycle', 'plan_versions.label', 'plan_versions.adoption', 'plan_versions.created_at', 'users.name as created_by_name'])
      .where('plan_versions.plan_id', '=', planId)
      .orderBy('plan_versions.number', 'desc')
      .execute();
  },

  find(db: Executor, planId: string, number: number) {
    return db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  },
};
