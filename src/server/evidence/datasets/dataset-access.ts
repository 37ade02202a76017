import type { AccessRule } from '../../auth/access-rules.js';
import type { Permission } from '../../auth/policies.js';
import { datasetsRepo } from './datasets.repo.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Access to the district that owns the dataset of `:datasetId`: one of another district is 404, as if it did not exist. */
export function datasetAccess(permission: Permission): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: async (request, db) => {
      const id = (request.params as Record<string, string | undefined>).datasetId;
      if (!id || !UUID.test(id)) return null;
      return (await datasetsRepo.findOwner(db, id)) ?? null;
    },
  };
}
