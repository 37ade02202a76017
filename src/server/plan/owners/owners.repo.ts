import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** An element's owner with the person's name: what every screen, check and document reads. */
export type OwnerRow = Awaited<ReturnType<typeof ownersRepo.listOwners>>[number];

/** The owners of plans' elements (element_owners). The only code that writes them. */
export const ownersRepo = {
  listOwners(db: Executor, organizationId: string, planIds: readonly string[], userId?: string) {
    if (planIds.length === 0) return Promise.resolve([]);
    let query = db
      .selectFrom('element_owners as o')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.plan_id', 'o.element_key', 'o.user_id', 'u.name', 'u.email'])
      .where('o.organization_id', '=', organizationId)
      .where('o.plan_id', 'in', planIds);
    if (userId) query = query.where('o.user_id', '=', userId);
    return query.orderBy('o.element_key').execute();
  },

  async findOwner(db: Executor, organizationId: string, planId: string, elementKey: string) {
    const [owner] = await db
      .selectFrom('element_owners as o')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .select(['o.plan_id', 'o.element_key', 'o.user_id', 'u.name', 'u.email'])
      .where('o.organization_id', '=', organizationId)
      .where('o.plan_id', '=', planId)
      .where('o.element_key', '=', elementKey)
      .execute();
    return owner;
  },

  setOwner(trx: Transaction<DB>, scope: { organizationId: string; planId: string; elementKey: string }, userId: string) {
    return trx
      .insertInto('element_owners')
      .values({ organization_id: scope.organizationId, plan_id: scope.planId, element_key: scope.elementKey, user_id: userId })
      .onConflict((oc) => oc.columns(['plan_id', 'element_key']).doUpdateSet({ user_id: userId, created_at: sql`now()` }))
      .execute();
  },

  removeOwner(trx: Transaction<DB>, scope: { organizationId: string; planId: string; elementKey: string }) {
    return trx
      .deleteFrom('element_owners')
      .where('organization_id', '=', scope.organizationId)
      .where('plan_id', '=', scope.planId)
      .where('element_key', '=', scope.elementKey)
      .execute();
  },

  findPlan(db: Executor, organizationId: string, planId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('plans').select(['id', 'lifecycle']).where('organization_id', '=', organizationId).where('id', '=', planId);
    return options.lock ? query.forUpdate().executeTakeFirst() : query.executeTakeFirst();
  },

  /** The plan's live measures, strategies and actions, in document order: the elements that can have an owner. */
  async listOwnableElements(db: Executor, planId: string) {
    const rows = await db.selectFrom('plan_elements').select(['id', 'parent_id', 'key', 'kind', 'fields', 'position']).where('plan_id', '=', planId).where('deleted_at', 'is', null).orderBy('position').execute();
    return inDocumentOrder(rows).filter((row) => row.kind !== 'goal');
  },

  /** The district's active members, the only people who may own an element. */
  listActiveMembers(db: Executor, organizationId: string) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'u.email'])
      .where('m.organization_id', '=', organizationId)
      .where('m.is_active', '=', true)
      .orderBy('u.name')
      .execute();
  },
};

/** Positions are per parent: a depth-first walk gives the order the plan reads in. */
function inDocumentOrder<T extends { id: string; parent_id: string | null }>(rows: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const row of rows) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const row of children.get(parentId) ?? []) {
      ordered.push(row);
      visit(row.id);
    }
  };
  visit(null);
  return ordered;
}
