import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Role } from '../platform/tables.js';
import { AppError, notFound, forbidden } from '../errors.js';
import type { AccessRule } from './access-rules.js';
import { authRepo } from './auth.repo.js';
import { permissionsFor, type Permission, type AccessSource } from './policies.js';
import { resolvePrincipal, type Principal } from './principal.js';
import { safeEqual } from './secrets.js';

export interface OrganizationAccess {
  organizationId: string;
  organizationKind: 'district' | 'network';
  role: Role;
  source: AccessSource;
  permissions: ReadonlySet<Permission>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyInstance {
    /** Every /api route with its access rule, for the isolation test suite. */
    apiRoutes: Array<{ method: string; url: string; access: AccessRule }>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    organizationAccess: OrganizationAccess | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one authorization checkpoint. It runs before validation on every request, so a caller who
 * may not reach a route learns nothing from it, not even which fields it wants.
 */
export function installCheckpoint(app: FastifyInstance, db: Kysely<DB>, secret: string) {
  app.decorateRequest('principal', null);
  app.decorateRequest('organizationAccess', null);
  const apiRoutes: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', apiRoutes);

  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api');
    if (!route.config?.access) {
      if (isApi) throw new Error(`Route ${String(route.method)} ${route.url} has no access rule (config.access)`);
      // Static files of the web application are public by nature.
      route.config = { ...route.config, access: { kind: 'public' } };
    }
    if (!isApi) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access: route.config.access! });
    }
  });

  // A callback hook, not an async one: a public request without credentials (every survey response)
  // passes without a promise made and awaited for it.
  app.addHook('preValidation', (request, _reply, done) => {
    const rule = request.routeOptions.config.access;
    if (!rule) return done(); // not-found handler
    if (rule.kind === 'public') {
      // Static files need nobody; public API routes use the caller when there is a valid one.
      if (!request.url.startsWith('/api') || !hasCredentials(request)) return done();
      resolvePrincipal(request, db, secret)
        .catch(() => null)
        .then((principal) => {
          request.principal = principal;
          done();
        });
      return;
    }
    checkAccess(request, rule).then(() => done(), done);
  });

  async function checkAccess(request: FastifyRequest, rule: Exclude<AccessRule, { kind: 'public' }>) {
    request.principal = await resolvePrincipal(request, db, secret);
    const principal = request.principal;
    if (!principal) throw new AppError('unauthenticated', 'Sign in to continue');
    if (principal.via === 'session' && UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !principal.csrfToken || !safeEqual(sent, principal.csrfToken)) {
        throw new AppError('csrf_failed', 'The request is missing its CSRF token; reload the page and try again');
      }
    }
    if (rule.kind === 'signed_in') return;
    if (rule.kind === 'operator') {
      if (!principal.user.isOperator) throw forbidden();
      return;
    }
    const organizationId = await rule.organizationOf(request, db);
    if (!organizationId || !UUID.test(organizationId)) throw notFound();
    const access = await resolveOrganizationAccess(db, principal.user.id, organizationId);
    // Someone with no standing in the organization is told it does not exist.
    if (!access) throw notFound();
    if (!access.permissions.has(rule.permission)) throw forbidden();
    request.organizationAccess = access;
  }
}

/** Whether the request carries anything resolvePrincipal could take: a bearer token or a cookie. */
function hasCredentials(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || request.headers.cookie !== undefined;
}

export async function resolveOrganizationAccess(db: Kysely<DB>, userId: string, organizationId: string): Promise<OrganizationAccess | null> {
  const membership = await authRepo.findActiveMembership(db, userId, organizationId);
  if (membership) {
    return {
      organizationId,
      organizationKind: membership.kind,
      role: membership.role,
      source: 'member',
      permissions: permissionsFor(membership.role, membership.kind, 'member'),
    };
  }
  const organization = await authRepo.findOrganizationKind(db, organizationId);
  if (!organization || organization.kind !== 'district') return null;
  const networkRole = await authRepo.findNetworkRoleInDistrict(db, userId, organizationId);
  if (!networkRole) return null;
  return {
    organizationId,
    organizationKind: 'district',
    role: networkRole,
    source: 'network',
    permissions: permissionsFor(networkRole, 'district', 'network'),
  };
}

/** The checked access of an organization-scoped route; only reachable after the checkpoint. */
export function accessOf(request: FastifyRequest): OrganizationAccess & { principal: Principal } {
  if (!request.organizationAccess || !request.principal) throw new Error('accessOf used on a route without an organization rule');
  return { ...request.organizationAccess, principal: request.principal };
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf used on a public route');
  return request.principal;
}
