import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { NetworkParams } from '../cohorts/cohorts.schema.js';
import { createRubric } from './create-rubric.js';
import { deleteRubric } from './delete-rubric.js';
import { listRubrics } from './list-rubrics.js';
import { NewRubricBody, Rubric, RubricList, RubricParams, UpdateRubricBody } from './rubrics.schema.js';
import { presentRubric } from './rubrics.present.js';
import { updateRubric } from './update-rubric.js';

/** The network's review rubrics: one per deliverable type, with criteria and their levels. */
export async function registerRubricRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network review'];
  const who = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };

  app.get('/api/networks/:networkId/rubrics', {
    schema: { tags, summary: "The network's review rubrics, by template and deliverable", params: NetworkParams, response: { 200: RubricList, ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ rubrics: (await listRubrics({ db: ctx.db, networkId: accessOf(request).organizationId })).map(presentRubric) }),
  });

  app.post('/api/networks/:networkId/rubrics', {
    schema: {
      tags,
      summary: 'Write the rubric for one deliverable type (criteria, each with 2 to 6 levels)',
      description: 'One rubric per template and deliverable: a second is 400 naming /deliverableKey (duplicate). 400 naming /templateId or /deliverableKey when the template or its deliverable does not exist, and each repeated criterion or level label.',
      params: NetworkParams,
      body: NewRubricBody,
      response: { 201: Rubric, ...standardErrors },
    },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => reply.status(201).send(presentRubric(await createRubric({ ...who(request), values: request.body }))),
  });

  app.put('/api/networks/:networkId/rubrics/:rubricId', {
    schema: {
      tags,
      summary: "Replace a rubric's name and criteria",
      description: 'Sign-offs already scored keep their scores. 409 conflict with the current rubric when `version` is stale.',
      params: RubricParams,
      body: UpdateRubricBody,
      response: { 200: Rubric, ...standardErrors },
    },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      return presentRubric(await updateRubric({ ...who(request), rubricId: request.params.rubricId, version, changes }));
    },
  });

  app.delete('/api/networks/:networkId/rubrics/:rubricId', {
    schema: { tags, summary: 'Delete a rubric (sign-offs keep their scores)', params: RubricParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      await deleteRubric({ ...who(request), rubricId: request.params.rubricId });
      return reply.status(204).send(null);
    },
  });
}
