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
import { CycleDeliverable, DeliverableEvent, RubricScoresBody, statusSchema } from './cycles.schema.js';
import { deliverablesRepo } from './deliverables.repo.js';
import { readDeliverableWork } from './read-deliverable-work.js';
import { signOffDeliverable } from './sign-off-deliverable.js';

const DeliverableParams = z.object({ cycleId: z.uuid(), deliverableId: z.uuid() });
const DeliverableWorkList = z
  .object({
    work: z.array(
      z.object({
        deliverable_id: z.uuid(),
        /** The product area the deliverable is produced in, as its linksTo names it. */
        area: z.string(),
        /** What the area holds for the cycle, in `unit`s ("items", "datasets", "pages"). */
        count: z.number().int(),
        /** How many the work needs, when it has a known size (the Instructional Focus's 4 pages). */
        of: z.number().int().nullable(),
        unit: z.string(),
        /** Enough is there for the deliverable to be complete. */
        is_done: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'DeliverableWork' });

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
      description: 'A deliverable produced in a work area of Waymark (its `linksTo` names one that `GET /api/cycles/{cycleId}/deliverable-work` lists) is refused "complete" with 409 (`work_is_empty` on `/status`) while that area holds nothing for the cycle.',
      params: DeliverableParams,
      body: z.object({ version: versionSchema, status: statusSchema }),
      response: { 200: CycleDeliverable, ...standardErrors },
    },
    config: { access: cycleAccess('process.contribute') },
    handler: async (request) => presentDeliverable(await changeDeliverableStatus({ ...who(request), ...request.params, ...request.body, workAreas: ctx.workAreas ?? [] })),
  });

  app.get('/api/cycles/:cycleId/deliverable-work', {
    schema: {
      tags,
      summary: 'How far along each deliverable produced in a work area of Waymark is (what its area holds for the cycle)',
      params: z.object({ cycleId: z.uuid() }),
      response: { 200: DeliverableWorkList, ...standardErrors },
    },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const work = await readDeliverableWork({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId, workAreas: ctx.workAreas ?? [] });
      return { work: work.map((entry) => ({ deliverable_id: entry.deliverableId, area: entry.area, count: entry.count, of: entry.of ?? null, unit: entry.unit, is_done: entry.isDone })) };
    },
  });

  app.post('/api/cycles/:cycleId/deliverables/:deliverableId/sign-off', {
    schema: {
      tags,
      summary: 'Approve a deliverable or ask for changes, with a comment (reviewers)',
      params: DeliverableParams,
      description: 'A network reviewer may send `rubric` (the rubric\'s name and a level per criterion, at most 12): it is kept on the sign-off in the history.',
      body: z.object({ version: versionSchema, decision: z.enum(['approve', 'request_changes']), comment: z.string().max(4000).optional(), rubric: RubricScoresBody.optional() }),
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
