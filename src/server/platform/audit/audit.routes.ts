import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { operatorOnly, organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { OrganizationParams, standardErrors } from '../../http/common.schema.js';
import { auditRepo } from './audit.repo.js';

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-31');
const AuditQuery = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  from: dateText.optional(),
  to: dateText.optional(),
  before: z.string().regex(/^\d+$/, 'must be an event id').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const AuditEvent = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEvent' });

const AuditPage = z.object({ events: z.array(AuditEvent), nextBefore: z.string().nullable() });

function presentPage(rows: Awaited<ReturnType<typeof auditRepo.list>>, limit: number) {
  const page = rows.slice(0, limit);
  return {
    events: page.map((r) => ({
      id: String(r.id),
      at: new Date(r.created_at).toISOString(),
      actor: r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
    nextBefore: rows.length > page.length ? String(page[page.length - 1]!.id) : null,
  };
}

export async function registerAuditRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/organizations/:organizationId/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Who changed what and when, newest first, with values before and after',
      params: OrganizationParams,
      querystring: AuditQuery,
      response: { 200: AuditPage, ...standardErrors },
    },
    config: { access: organizationAccess('audit.read') },
    handler: async (request) => {
      const rows = await auditRepo.list(ctx.db, { ...request.query, organizationId: accessOf(request).organizationId });
      return presentPage(rows, request.query.limit);
    },
  });

  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Every audit event of the instance, account-level events included (operators)',
      querystring: AuditQuery,
      response: { 200: AuditPage, ...standardErrors },
    },
    config: { access: operatorOnly },
    handler: async (request) => presentPage(await auditRepo.list(ctx.db, { ...request.query, organizationId: null }), request.query.limit),
  });
}
