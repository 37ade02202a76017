import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Permission } from './policies.js';

/**
 * Every /api route declares one of these in `config.access`; the checkpoint enforces it and the
 * app refuses to register an /api route without one.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed_in' }
  | { kind: 'operator' }
  | {
      kind: 'organization';
      permission: Permission;
      /** Finds the organization the request is about; null means "no such thing" (404). */
      organizationOf: (request: FastifyRequest, db: Kysely<DB>) => string | null | Promise<string | null>;
    };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed_in' };
export const operatorOnly: AccessRule = { kind: 'operator' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Access to the organization named by a path parameter (`:organizationId`, `:districtId` or `:networkId`). */
export function organizationAccess(permission: Permission, param: 'organizationId' | 'districtId' | 'networkId' = 'organizationId'): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: (request) => (request.params as Record<string, string | undefined>)[param] ?? null,
  };
}

// A plan, cycle, survey or cohort never moves to another organization, so who owns an id, once found, stays true;
// remembering it spares the busiest reads (the dashboard) a query. Ids not found are not remembered.
const ownerOfRow = new Map<string, string>();
const MAX_REMEMBERED_OWNERS = 20_000;

/**
 * Access to the organization that owns the row a path parameter names, e.g. the plan of
 * `:planId`. The lookup runs before anything else, so a row of another district is simply 404.
 * (A row deleted since it was remembered still ends in 404: every use-case reads it again within
 * the organization.)
 */
export function ownedRowAccess(permission: Permission, table: 'plans' | 'planning_cycles' | 'surveys' | 'cohorts', param: string): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: async (request, db) => {
      const id = (request.params as Record<string, string | undefined>)[param];
      if (!id || !UUID.test(id)) return null;
      const remembered = ownerOfRow.get(`${table}:${id}`);
      if (remembered) return remembered;
      const row = await db.selectFrom(table).select('organization_id').where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      if (ownerOfRow.size >= MAX_REMEMBERED_OWNERS) ownerOfRow.clear();
      ownerOfRow.set(`${table}:${id}`, row.organization_id);
      return row.organization_id;
    },
  };
}

export const planAccess = (permission: Permission) => ownedRowAccess(permission, 'plans', 'planId');

/** Access to the network that runs the cohort of `:cohortId`. */
export const cohortAccess = (permission: Permission) => ownedRowAccess(permission, 'cohorts', 'cohortId');
