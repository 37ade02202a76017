import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors, versionSchema } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { changeDeliverableStatus } from './change-deliverable-status.js';
import { cycleAccess } from './cycle-items.routes.js';
import { presentDeliverable, presentDeliverableEvent } from './cycles.present.js';
import { CycleDeliverable, DeliverableEvent, statusSchema } from './cycles.schema.js';
import { deliverablesRepo } from './deliverables.repo.js';
import { signOffDeliverable } from './sign-off-deliverable.js';

const DeliverableParams = z.object({ cycleId: z.uuid(), deliverableId: z.uuid() });

/** A deliverable's status, its reviewer's sign-off and its history. */
export async function registerDeliverableRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['planning cycles'];
  const who = (request: Parameters<typeof accessOf>[0]) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, canEditCycle: access.permissions.has('process.edit') };
  };

  app.post('/api/cycles/:cycleId/deliverables/:deliverableId/status', {
    schema: {
      tags,
      summary: "Change a deliverable's status (planners and its owner); complete needs the reviewer's approval",
      params: DeliverableParams,
      body: z.object({ version: versionSchema, status: statusSchema }),
      response: { 200: CycleDeliverable, ...standardErrors },
    },
    config: { access: cycleAccess('process.contribute') },
    handler: async (request) => presentDeliverable(await changeDeliverableStatus({ ...who(request), ...request.params, ...request.body })),
  });

  app.post('/api/cycles/:cycleId/deliverables/:deliverableId/sign-off', {
    schema: {
      tags,
      summary: 'Approve a deliverable or ask for changes, with a comment (reviewers)',
      params: DeliverableParams,
      body: z.object({ version: versionSchema, decision: z.enum(['approve', 'request_changes']), comment: z.string().max(4000).optional() }),
      response: { 200: CycleDeliverable, ...standardErrors },
    },
    config: { access: cycleAccess('process.review') },
    handler: async (request) => {
      const { canEditCycle: _, ...context } = who(request);
      return presentDeliverable(await signOffDeliverable({ ...context, ...request.params, ...request.body }));
    },
  });

  app.get('/api/cycles/:cycleId/deliverables/:deliverableId/history', {
    schema: {
      tags,
      summary: "A deliverable's history: every status change, sign-off and edit, oldest first",
      params: DeliverableParams,
      response: { 200: z.object({ events: z.array(DeliverableEvent) }), ...standardErrors },
    },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const deliverable = await deliverablesRepo.find(ctx.db, request.params.cycleId, request.params.deliverableId);
      if (!deliverable) throw notFound('Deliverable');
      return { events: (await deliverablesRepo.listEvents(ctx.db, deliverable.id)).map(presentDeliverableEvent) };
    },
  });
}
