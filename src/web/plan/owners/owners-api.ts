/** The one owner of a measure, strategy or action: a person of the district (see src/server/plan/owners). */
export interface ElementOwner {
  elementKey: string;
  userId: string | null;
  name?: string;
  email?: string;
}

export interface OwnerCandidate {
  userId: string;
  name: string;
  email: string;
}

export interface OwnerRole {
  role: string;
  elementKeys: string[];
  unmatchedKeys: string[];
  suggestion: OwnerCandidate | null;
}

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export const ownersApi = {
  owners: (planId: string) => `${plan(planId)}/owners`,
  owner: (planId: string, elementKey: string) => `${plan(planId)}/owners/${encodeURIComponent(elementKey)}`,
  candidates: (planId: string) => `${plan(planId)}/owner-candidates`,
  roles: (planId: string) => `${plan(planId)}/owner-roles`,
  matchRole: (planId: string) => `${plan(planId)}/owner-roles/match`,
};

export const ownableKinds: ReadonlySet<string> = new Set(['measure', 'strategy', 'action']);
