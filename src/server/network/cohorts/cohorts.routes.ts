import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cohortAccess, organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { createCohort } from './create-cohort.js';
import { cohortsRepo } from './cohorts.repo.js';
import { presentCohort, presentCohortEvent } from './cohorts.present.js';
import { Cohort, CohortEvent, CohortEventParams, CohortParams, NetworkParams, NewCohortBody, NewCohortEventBody, UpdateCohortBody, UpdateCohortEventBody } from './cohorts.schema.js';
import { addCohortEvent, removeCohortEvent, updateCohortEvent } from './manage-cohort-events.js';
import { updateCohort } from './update-cohort.js';

/** A network's cohorts and their shared calendar. */
export async function registerCohortRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network cohorts'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };

  app.post('/api/networks/:networkId/cohorts', {
    schema: {
      tags,
      summary: 'Start a cohort: name, school year, the process template every member runs, the start of the shared timeline',
      description: '400 naming the field: /name (taken in this network), /schoolYear, /templateId (not a template), /startDate.',
      params: NetworkParams,
      body: NewCohortBody,
      response: { 201: Cohort, ...standardErrors },
    },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => reply.status(201).send(presentCohort(await createCohort({ ...scope(request), values: request.body }))),
  });

  app.get('/api/networks/:networkId/cohorts', {
    schema: { tags, summary: "The network's cohorts, newest first, with how many districts each has", params: NetworkParams, response: { 200: z.object({ cohorts: z.array(Cohort) }), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ cohorts: (await cohortsRepo.list(ctx.db, accessOf(request).organizationId)).map(presentCohort) }),
  });

  app.get('/api/cohorts/:cohortId', {
    schema: { tags, summary: 'One cohort', params: CohortParams, response: { 200: Cohort, ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request) => {
      const cohort = await cohortsRepo.find(ctx.db, accessOf(request).organizationId, request.params.cohortId);
      if (!cohort) throw notFound('Cohort');
      return presentCohort(cohort);
    },
  });

  app.patch('/api/cohorts/:cohortId', {
    schema: { tags, summary: 'Rename a cohort, or change its school year, start or description', params: CohortParams, body: UpdateCohortBody, response: { 200: Cohort, ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request) => presentCohort(await updateCohort({ ...scope(request), cohortId: request.params.cohortId, values: request.body })),
  });

  app.get('/api/cohorts/:cohortId/events', {
    schema: { tags, summary: "The cohort's shared calendar: milestones and sessions, by date", params: CohortParams, response: { 200: z.object({ events: z.array(CohortEvent) }), ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request) => ({ events: (await cohortsRepo.listEvents(ctx.db, request.params.cohortId)).map(presentCohortEvent) }),
  });

  app.post('/api/cohorts/:cohortId/events', {
    schema: { tags, summary: 'Add a milestone or a session to the shared calendar', params: CohortParams, body: NewCohortEventBody, response: { 201: CohortEvent, ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => reply.status(201).send(presentCohortEvent(await addCohortEvent({ ...scope(request), cohortId: request.params.cohortId, values: request.body }))),
  });

  app.patch('/api/cohorts/:cohortId/events/:eventId', {
    schema: { tags, summary: 'Change a milestone or session', params: CohortEventParams, body: UpdateCohortEventBody, response: { 200: CohortEvent, ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request) => presentCohortEvent(await updateCohortEvent({ ...scope(request), cohortId: request.params.cohortId, eventId: request.params.eventId, values: request.body })),
  });

  app.delete('/api/cohorts/:cohortId/events/:eventId', {
    schema: { tags, summary: 'Remove a milestone or session', params: CohortEventParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => {
      await removeCohortEvent({ ...scope(request), cohortId: request.params.cohortId, eventId: request.params.eventId });
      return reply.status(204).send(null);
    },
  });
}
