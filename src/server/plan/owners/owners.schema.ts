import { z } from 'zod';

export const ElementOwner = z.object({ elementKey: z.string(), userId: z.uuid(), name: z.string(), email: z.string() }).meta({ id: 'ElementOwner' });
export const ElementOwners = z.object({ owners: z.array(ElementOwner) });
export const OwnerBody = z.strictObject({ userId: z.uuid('must be the id of a person').nullable() });
export const OwnerResult = ElementOwner.or(z.object({ elementKey: z.string(), userId: z.null() }));

const PersonRef = z.object({ userId: z.uuid(), name: z.string(), email: z.string() });
export const OwnerRoles = z
  .object({
    roles: z.array(
      z.object({
        role: z.string().meta({ description: "The plan's own words for the owner, kept as the role or unit it names" }),
        elementKeys: z.array(z.string()),
        unmatchedKeys: z.array(z.string()).meta({ description: 'Elements naming this role that have no person yet' }),
        suggestion: PersonRef.nullable().meta({ description: 'The one person whose name or e-mail the role spells out' }),
      }),
    ),
  })
  .meta({ id: 'OwnerRoles' });

export const OwnerCandidates = z.object({ people: z.array(PersonRef) }).meta({ id: 'OwnerCandidates' });

export const MatchRoleBody = z.strictObject({
  role: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
  userId: z.uuid('must be the id of a person'),
});
export const MatchRoleResult = z.object({ assigned: z.array(z.string()).meta({ description: 'The element keys that now have this person as owner' }) });

export const PlanParams = z.object({ planId: z.uuid() });
export const ElementParams = z.object({ planId: z.uuid(), elementKey: z.string().min(1).max(64) });
