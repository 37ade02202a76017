import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addSwotItem } from './add-swot-item.js';
import { readBoardItem } from './read-board-parts.js';
import { removeSwotItem } from './remove-swot-item.js';
import { retreatAccess } from './retreat-access.js';
import type { Contributor } from './retreat-contributor.js';
import { ItemParams, RetreatParams } from './retreats.schema.js';
import { setSwotDots } from './set-swot-dots.js';
import { DotsAnswer, DotsBody, SwotBody, SwotItem, UpdateSwotBody } from './swot.schema.js';
import { updateSwotItem } from './update-swot-item.js';

/** The SWOT board from the team's side: items and dots as participants, rewording, moving and removing as facilitators. */
export async function registerSwotRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['data retreats'];
  const scope = (request: FastifyRequest, retreatId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, retreatId };
  };
  const asMember = (request: FastifyRequest): Contributor => {
    const { principal } = accessOf(request);
    return { kind: 'member', userId: principal.user.id, name: principal.user.name };
  };

  app.post('/api/retreats/:retreatId/swot', {
    schema: {
      tags,
      summary: 'Add an item to the SWOT board, as yourself',
      description: '403 once the retreat has closed; 400 naming /quadrant, /text, /area (not of the frame), /citations/N/chart_id or /citations/N/observation_id (not of this retreat).',
      params: RetreatParams,
      body: SwotBody,
      response: { 201: SwotItem, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.read') },
    handler: async (request, reply) => {
      const { organizationId } = accessOf(request);
      const item = await addSwotItem({ db: ctx.db, organizationId, retreatId: request.params.retreatId, contributor: asMember(request), values: request.body });
      return reply.status(201).send(await readBoardItem(ctx.db, request.params.retreatId, item.id, item.participant_id));
    },
  });

  app.put('/api/retreats/:retreatId/swot/:itemId', {
    schema: {
      tags,
      summary: 'Reword an item, move it to another quadrant or place, sort it into an area, change its citations',
      description: 'What is not sent stays; its dots stay. 409 with the current item when `version` is stale.',
      params: ItemParams,
      body: UpdateSwotBody,
      response: { 200: SwotItem, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request) => {
      const { retreatId, itemId } = request.params;
      const { version, ...changes } = request.body;
      await updateSwotItem({ ...scope(request, retreatId), itemId, version, changes });
      return readBoardItem(ctx.db, retreatId, itemId, null);
    },
  });

  app.delete('/api/retreats/:retreatId/swot/:itemId', {
    schema: { tags, summary: 'Remove an item (its dots return to their owners)', params: ItemParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await removeSwotItem({ ...scope(request, request.params.retreatId), itemId: request.params.itemId });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/retreats/:retreatId/swot/:itemId/dots', {
    schema: {
      tags,
      summary: 'Put some of your dots on an item (replaces what you had on it; 0 takes them off)',
      description: '400 /dots too_big with the dots you have left when over your allowance; 403 once the retreat has closed; 404 for an item not of this retreat.',
      params: ItemParams,
      body: DotsBody,
      response: { 200: DotsAnswer, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const { retreatId, itemId } = request.params;
      return setSwotDots({ db: ctx.db, organizationId, retreatId, itemId, contributor: asMember(request), dots: request.body.dots });
    },
  });
}
