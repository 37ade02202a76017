import type { Kysely } from 'kysely';
import { listOwnerRoles, type OwnableElement } from '../../../core/plan/owner-roles.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { ownersRepo } from './owners.repo.js';

/** The plan's free-text owners (roles), each with the elements that still need a person and the person it most likely means. */
export async function readOwnerRoles(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const { db, organizationId, planId } = options;
  if (!(await ownersRepo.findPlan(db, organizationId, planId))) throw notFound('Plan');
  const [elements, owners, members] = await Promise.all([ownersRepo.listOwnableElements(db, planId), ownersRepo.listOwners(db, organizationId, [planId]), ownersRepo.listActiveMembers(db, organizationId)]);
  const people = members.map((member) => ({ userId: member.id, name: member.name, email: member.email }));
  return { roles: listOwnerRoles(elements.map(toOwnable), new Set(owners.map((owner) => owner.element_key)), people) };
}

export function toOwnable(element: { key: string; kind: string; fields: unknown }): OwnableElement {
  const owner = (element.fields as { owner?: unknown } | null)?.owner;
  return { key: element.key, kind: element.kind as OwnableElement['kind'], role: typeof owner === 'string' ? owner : null };
}
