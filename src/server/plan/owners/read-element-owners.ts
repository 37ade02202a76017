import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ownersRepo } from './owners.repo.js';
import { presentOwner } from './owners.present.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A person who owns an element, as other domains read it (reminders, updates, the scorecard, documents). */
export type ElementOwner = ReturnType<typeof presentOwner> & { planId: string };

/** The owners of the plans' elements; only one person's when userId is given ("what do I owe?"). */
export async function listElementOwners(db: Executor, organizationId: string, planIds: readonly string[], userId?: string): Promise<ElementOwner[]> {
  return (await ownersRepo.listOwners(db, organizationId, planIds, userId)).map((row) => ({ ...presentOwner(row), planId: row.plan_id }));
}

export async function findElementOwner(db: Executor, organizationId: string, planId: string, elementKey: string): Promise<ElementOwner | undefined> {
  const row = await ownersRepo.findOwner(db, organizationId, planId, elementKey);
  return row ? { ...presentOwner(row), planId: row.plan_id } : undefined;
}

/** Element key -> the owner's name: what the plan's checks and documents need. */
export async function ownerNamesOf(db: Executor, organizationId: string, planId: string): Promise<Map<string, string>> {
  return new Map((await ownersRepo.listOwners(db, organizationId, [planId])).map((row) => [row.element_key, row.name]));
}
