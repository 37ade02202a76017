import type { FastifyRequest } from 'fastify';
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
      organizationOf: (request: FastifyRequest) => string | null | Promise<string | null>;
    };

export const publicAccess: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed_in' };
export const operatorOnly: AccessRule = { kind: 'operator' };

/** Access to the organization named by the `:organizationId` path parameter. */
export function organizationAccess(permission: Permission): AccessRule {
  return {
    kind: 'organization',
    permission,
    organizationOf: (request) => (request.params as { organizationId?: string }).organizationId ?? null,
  };
}
