/** The one owner of a measure, strategy or action: a person of the district (see src/server/plan/owners). */
export interface ElementOwner {
  elementKey: string;
  userId: string | null;
  name?: string;
  email?: string;
}

/** A person who may own an element, and a role the plan names: the shapes of src/core/plan/owner-roles.ts. */
export type { Person as OwnerCandidate, OwnerRole } from '../../../core/plan/owner-roles';

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const ownersApi = {
  owners: (planId: string) => `${plan(planId)}/owners`,
  owner: (planId: string, elementKey: string) => `${plan(planId)}/owners/${encodeURIComponent(elementKey)}`,
  candidates: (planId: string) => `${plan(planId)}/owner-candidates`,
  roles: (planId: string) => `${plan(planId)}/owner-roles`,
  matchRole: (planId: string) => `${plan(planId)}/owner-roles/match`,
};

export const ownableKinds: ReadonlySet<string> = new Set(['measure', 'strategy', 'action']);
