import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { operatorOnly, organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { OrganizationParams, standardErrors } from '../../http/common.schema.js';
import { outboxRepo } from './outbox.repo.js';

const OutboxQuery = z.object({
  before: z.uuid({ message: 'must be a message id from nextBefore' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const OutboxMessage = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    status: z.enum(['held', 'pending', 'sent', 'failed']),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
const OutboxPage = z.object({ messages: z.array(OutboxMessage), nextBefore: z.string().nullable() });

type Row = Awaited<ReturnType<typeof outboxRepo.list>>[number];

function presentPage(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  return {
    messages: page.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      body: r.body_text,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      lastError: r.last_error,
    })),
    nextBefore: rows.length > page.length ? page[page.length - 1]!.id : null,
  };
}

export async function registerOutboxRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['outbox'];

  app.get('/api/organizations/:organizationId/outbox', {
    schema: { tags, summary: "Mail the platform sent or holds for this organization (without SMTP_URL it is held here)", params: OrganizationParams, querystring: OutboxQuery, response: { 200: OutboxPage, ...standardErrors } },
    config: { access: organizationAccess('outbox.read') },
    handler: async (request) => {
      const rows = await outboxRepo.list(ctx.db, { organizationId: accessOf(request).organizationId, ...request.query });
      return presentPage(rows, request.query.limit);
    },
  });

  app.get('/api/outbox', {
    schema: { tags, summary: 'Every message of the instance, password resets included (operators)', querystring: OutboxQuery, response: { 200: OutboxPage, ...standardErrors } },
    config: { access: operatorOnly },
    handler: async (request) => presentPage(await outboxRepo.list(ctx.db, { organizationId: null, ...request.query }), request.query.limit),
  });
}
