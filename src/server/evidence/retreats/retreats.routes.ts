import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { registerChartRoutes } from './charts.routes.js';
import { createRetreat } from './create-retreat.js';
import { deleteRetreat } from './delete-retreat.js';
import { listRetreats } from './list-retreats.js';
import { registerPriorityRoutes } from './priorities.routes.js';
import { readRetreatBoard } from './read-retreat-board.js';
import { retreatAccess } from './retreat-access.js';
import { RetreatBoard } from './retreat-board.schema.js';
import { registerRetreatRoomRoutes } from './retreat-room.routes.js';
import { CycleParams, NewRetreatBody, Retreat, RetreatList, RetreatParams, UpdateRetreatBody } from './retreats.schema.js';
import { presentRetreat } from './retreats.present.js';
import { registerSwotRoutes } from './swot.routes.js';
import { updateRetreat } from './update-retreat.js';

/**
 * A cycle's data retreats, run by the team from the app: the retreat itself here, its charts and
 * observations, the SWOT board and the priorities in their own files, and the room (participants'
 * phones, by the join code) last.
 */
export async function registerRetreatRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['data retreats'];
  const publicUrl = ctx.config.publicUrl;
  const cycleAccess = (permission: 'evidence.read' | 'evidence.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');
  const scope = (request: FastifyRequest, retreatId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, retreatId };
  };

  app.post('/api/cycles/:cycleId/retreats', {
    schema: {
      tags,
      summary: 'Make a data retreat for a session of the cycle, with a join code for the room',
      description: 'One retreat per session. 400 naming the field: /session_id (not a session of this cycle, or it has its retreat already), /title, /dots_per_person (1 to 20), /frame.',
      params: CycleParams,
      body: NewRetreatBody,
      response: { 201: Retreat, ...standardErrors },
    },
    config: { access: cycleAccess('evidence.edit') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const retreat = await createRetreat({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId: request.params.cycleId, values: request.body });
      return reply.status(201).send(presentRetreat(retreat, publicUrl));
    },
  });

  app.get('/api/cycles/:cycleId/retreats', {
    schema: { tags, summary: 'The cycle’s data retreats, newest first, with their counts', params: CycleParams, response: { 200: RetreatList, ...standardErrors } },
    config: { access: cycleAccess('evidence.read') },
    handler: async (request) => {
      const rows = await listRetreats({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId });
      return {
        retreats: rows.map((row) => ({ ...presentRetreat(row, publicUrl), charts: row.chart_count ?? 0, participants: row.participant_count ?? 0, swot_items: row.swot_item_count ?? 0, priorities: row.priority_count ?? 0 })),
      };
    },
  });

  app.get('/api/retreats/:retreatId', {
    schema: {
      tags,
      summary: 'A retreat’s whole board: charts with their data and observations, the SWOT board with dots and ranks, the caller’s dots, participants, priorities',
      description: 'Chart data passes the small-group rule like every indicator; a chart whose metric has no data has data null and says why in data_problem. Hidden observations are listed, flagged, with their authors (for the team only).',
      params: RetreatParams,
      response: { 200: RetreatBoard, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.read') },
    handler: async (request) => {
      const access = accessOf(request);
      return readRetreatBoard({ db: ctx.db, organizationId: access.organizationId, retreatId: request.params.retreatId, userId: access.principal.user.id, publicUrl });
    },
  });

  app.put('/api/retreats/:retreatId', {
    schema: {
      tags,
      summary: 'Change a retreat’s title, dots per person, frame or status (closed: the room is read-only)',
      description: 'What is not sent stays. 409 conflict with the current retreat when `version` is stale.',
      params: RetreatParams,
      body: UpdateRetreatBody,
      response: { 200: Retreat, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      return presentRetreat(await updateRetreat({ ...scope(request, request.params.retreatId), version, changes }), publicUrl);
    },
  });

  app.delete('/api/retreats/:retreatId', {
    schema: { tags, summary: 'Delete a retreat with everything written in it', params: RetreatParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await deleteRetreat(scope(request, request.params.retreatId));
      return reply.status(204).send(null);
    },
  });

  await registerChartRoutes(fastify, ctx);
  await registerSwotRoutes(fastify, ctx);
  await registerPriorityRoutes(fastify, ctx);
  await registerRetreatRoomRoutes(fastify, ctx);
}
