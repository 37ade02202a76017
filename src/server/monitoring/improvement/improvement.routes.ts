import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { registerCheckInRoutes } from './check-ins.routes.js';
import {
  DataWiseTracker,
  ImprovementOverview,
  ImprovementQuery,
  NewPdsaCycleBody,
  NewTrackerBody,
  PdsaCycle,
  PdsaParams,
  PlanParams,
  StepParams,
  TrackerParams,
  UpdatePdsaCycleBody,
  UpdateStepBody,
  UpdateTrackerBody,
} from './improvement.schema.js';
import { loadImprovement } from './load-improvement.js';
import { removeDataWiseTracker, startDataWiseTracker, updateDataWiseStep, updateDataWiseTracker } from './manage-data-wise.js';
import { removePdsaCycle, startNextPdsaCycle, startPdsaCycle, updatePdsaCycle } from './manage-pdsa-cycles.js';

/**
 * Improvement work on a plan's strategies: PDSA cycles (on a strategy or an action, each leading
 * to the next), the Data Wise improvement cycle as a tracker, and the plan's monthly check-ins.
 */
export async function registerImprovementRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['improvement'];
  const scope = (request: FastifyRequest, planId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId };
  };

  app.get('/api/plans/:planId/improvement', {
    schema: { tags, summary: "The plan's strategies with their PDSA cycles and Data Wise trackers", params: PlanParams, querystring: ImprovementQuery, response: { 200: ImprovementOverview, ...standardErrors } },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => loadImprovement({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, strategyKey: request.query.strategyKey }),
  });

  app.post('/api/plans/:planId/pdsa-cycles', {
    schema: {
      tags,
      summary: 'Start a PDSA cycle on a strategy or an action: the change idea, the prediction, the measure',
      description: '`elementKey` must be a strategy or an action of the plan (400 naming /elementKey otherwise).',
      params: PlanParams,
      body: NewPdsaCycleBody,
      response: { 201: PdsaCycle, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request, reply) => reply.status(201).send(await startPdsaCycle({ ...scope(request, request.params.planId), values: request.body })),
  });

  app.patch('/api/plans/:planId/pdsa-cycles/:pdsaCycleId', {
    schema: {
      tags,
      summary: 'Record plan, do, study or act: what happened, the data against the prediction, adopt, adapt or abandon',
      description: 'A decision moves the cycle to "act" and is dated today unless `decidedOn` is given. A stale `version` is 409 with error.current.',
      params: PdsaParams,
      body: UpdatePdsaCycleBody,
      response: { 200: PdsaCycle, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      return updatePdsaCycle({ ...scope(request, request.params.planId), pdsaCycleId: request.params.pdsaCycleId, version, changes });
    },
  });

  app.post('/api/plans/:planId/pdsa-cycles/:pdsaCycleId/next', {
    schema: {
      tags,
      summary: 'Start the next cycle: same element, the change idea carried over, linked back',
      description: 'Only after the team decided to adopt or adapt (409 conflict otherwise); 409 already_exists when the cycle already has a next one.',
      params: PdsaParams,
      response: { 201: PdsaCycle, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request, reply) => reply.status(201).send(await startNextPdsaCycle({ ...scope(request, request.params.planId), pdsaCycleId: request.params.pdsaCycleId })),
  });

  app.delete('/api/plans/:planId/pdsa-cycles/:pdsaCycleId', {
    schema: { tags, summary: 'Remove a PDSA cycle (the one after it stays, no longer linked back)', params: PdsaParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      await removePdsaCycle({ ...scope(request, request.params.planId), pdsaCycleId: request.params.pdsaCycleId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/plans/:planId/data-wise', {
    schema: {
      tags,
      summary: 'Start the Data Wise improvement cycle on a strategy: eight steps in prepare, inquire and act',
      params: PlanParams,
      body: NewTrackerBody,
      response: { 201: DataWiseTracker, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request, reply) => reply.status(201).send(await startDataWiseTracker({ ...scope(request, request.params.planId), values: request.body })),
  });

  app.patch('/api/plans/:planId/data-wise/:trackerId', {
    schema: { tags, summary: "Change a Data Wise tracker's focus or team", description: 'Its creator or someone who manages monitoring; 403 forbidden for others.', params: TrackerParams, body: UpdateTrackerBody, response: { 200: DataWiseTracker, ...standardErrors } },
    config: { access: planAccess('monitoring.update') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return updateDataWiseTracker({ ...scope(request, request.params.planId), trackerId: request.params.trackerId, canManage: accessOf(request).permissions.has('monitoring.manage'), version, values });
    },
  });

  app.patch('/api/plans/:planId/data-wise/:trackerId/steps/:number', {
    schema: {
      tags,
      summary: "Record a Data Wise step's status, notes and the date it was done",
      description: "`version` is the step's. A step marked done is dated today unless `doneOn` is given; only a done step has a date. The tracker's creator or someone who manages monitoring; 403 forbidden for others.",
      params: StepParams,
      body: UpdateStepBody,
      response: { 200: DataWiseTracker, ...standardErrors },
    },
    config: { access: planAccess('monitoring.update') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      const { planId, trackerId, number } = request.params;
      return updateDataWiseStep({ ...scope(request, planId), trackerId, canManage: accessOf(request).permissions.has('monitoring.manage'), number, version, values });
    },
  });

  app.delete('/api/plans/:planId/data-wise/:trackerId', {
    schema: { tags, summary: 'Remove a Data Wise tracker and its steps', params: TrackerParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      await removeDataWiseTracker({ ...scope(request, request.params.planId), trackerId: request.params.trackerId });
      return reply.status(204).send(null);
    },
  });

  await registerCheckInRoutes(fastify, ctx);
}
