import type { AccessRule } from '../../auth/access-rules.js';
import type { Permission } from '../../auth/policies.js';
import { retreatsRepo } from './retreats.repo.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access to the district that owns the retreat of `:retreatId`: the lookup runs before anything
 * else, so a retreat of another district is simply 404, like a conversation's.
 */
export function retreatAccess(permission: Permission): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: async (request, db) => {
      const id = (request.params as Record<string, string | undefined>).retreatId;
      if (!id || !UUID.test(id)) return null;
      return (await retreatsRepo.findOwner(db, id)) ?? null;
    },
  };
}
