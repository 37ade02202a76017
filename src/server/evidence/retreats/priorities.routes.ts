import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { carryForwardPriorities } from './carry-forward-priorities.js';
import { orderPriorities } from './order-priorities.js';
import { AddPrioritiesBody, Priority, PriorityList, PriorityOrderBody, UpdatePriorityBody } from './priorities.schema.js';
import { removePriority } from './remove-priority.js';
import { retreatAccess } from './retreat-access.js';
import { PriorityParams, RetreatParams } from './retreats.schema.js';
import { presentPriority } from './retreats.present.js';
import { updatePriority } from './update-priority.js';

/** The priorities a retreat carries forward from its board, and each one's gap analysis. */
export async function registerPriorityRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['data retreats'];
  const scope = (request: FastifyRequest, retreatId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, retreatId };
  };

  app.post('/api/retreats/:retreatId/priorities', {
    schema: {
      tags,
      summary: 'Carry the board’s top items forward as priorities ({ count }), or one item ({ swot_item_id }), or a priority of your own ({ title })',
      description:
        'count: the top items by dots, only items with dots, and every item tied with the last one taken; an item already carried is not added again. ' +
        'New priorities follow the existing ones in rank order, with the item’s dots, area and citations. 400 naming /count, /swot_item_id or /title; answers the whole list and the ids added.',
      params: RetreatParams,
      body: AddPrioritiesBody,
      response: { 201: PriorityList, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      const { retreatId } = request.params;
      const { added, priorities } = await carryForwardPriorities({ ...scope(request, retreatId), values: request.body });
      return reply.status(201).send({ priorities: priorities.map(presentPriority), added });
    },
  });

  app.put('/api/retreats/:retreatId/priorities/order', {
    schema: { tags, summary: 'Put the priorities in a new order (every priority once)', params: RetreatParams, body: PriorityOrderBody, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await orderPriorities({ ...scope(request, request.params.retreatId), priorityIds: request.body.priority_ids });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/retreats/:retreatId/priorities/:priorityId', {
    schema: {
      tags,
      summary: 'Write a priority’s gap analysis: current state with evidence, future state and goal, gap, root causes, case for change',
      description:
        'What is not sent stays. root_causes is checked against root_cause_method (the one sent, else the priority’s): 400 naming /root_causes/N (/root_causes/N/category for a fishbone). ' +
        '400 /goal_key when it is not a goal of the cycle’s plan; /current_evidence/N/... for a citation not of this retreat. 409 with the current priority when `version` is stale.',
      params: PriorityParams,
      body: UpdatePriorityBody,
      response: { 200: Priority, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return presentPriority(await updatePriority({ ...scope(request, request.params.retreatId), priorityId: request.params.priorityId, version, values }));
    },
  });

  app.delete('/api/retreats/:retreatId/priorities/:priorityId', {
    schema: { tags, summary: 'Remove a priority with its gap analysis', params: PriorityParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await removePriority({ ...scope(request, request.params.retreatId), priorityId: request.params.priorityId });
      return reply.status(204).send(null);
    },
  });
}
