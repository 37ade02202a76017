import type { AccessRule } from '../../auth/access-rules.js';
import type { Permission } from '../../auth/policies.js';
import { conversationsRepo } from './conversations.repo.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access to the district that owns the conversation of `:conversationId`: the lookup runs before
 * anything else, so a conversation of another district is simply 404, like a survey's.
 */
export function conversationAccess(permission: Permission): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: async (request, db) => {
      const id = (request.params as Record<string, string | undefined>).conversationId;
      if (!id || !UUID.test(id)) return null;
      return (await conversationsRepo.findOwner(db, id)) ?? null;
    },
  };
}
