import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { CheckIn, CheckInList, CheckInParams, DistrictParams, FollowUp, FollowUpParams, MyFollowUps, NewCheckInBody, NewFollowUpBody, UpdateCheckInBody, UpdateFollowUpBody } from './check-ins.schema.js';
import { createCheckIn } from './create-check-in.js';
import { PlanParams } from './improvement.schema.js';
import { listMyFollowUps } from './list-my-follow-ups.js';
import { listCheckIns, removeCheckIn, updateCheckIn } from './manage-check-ins.js';
import { addFollowUp, removeFollowUp, updateFollowUp } from './manage-follow-ups.js';

/** A plan's monthly check-ins: the built agenda, notes, decisions and follow-ups with owners. */
export async function registerCheckInRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['check-ins'];
  const scope = (request: FastifyRequest, planId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId };
  };

  app.get('/api/plans/:planId/check-ins', {
    schema: { tags, summary: "The plan's check-ins, newest first, with agenda, notes, decisions and follow-ups", params: PlanParams, response: { 200: CheckInList, ...standardErrors } },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => listCheckIns({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId }),
  });

  app.post('/api/plans/:planId/check-ins', {
    schema: {
      tags,
      summary: 'Hold a check-in: its agenda is built from what is off track, at risk or overdue',
      description:
        'The agenda lists, goal by goal, measures and strategies off track or at risk (from the scorecard), actions reported off track or at risk or past their due date, ' +
        'measures and actions whose update is overdue, then follow-ups of earlier check-ins still open. `isNew` marks items the previous check-in did not have.',
      params: PlanParams,
      body: NewCheckInBody,
      response: { 201: CheckIn, ...standardErrors },
    },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => reply.status(201).send(await createCheckIn({ ...scope(request, request.params.planId), values: request.body })),
  });

  app.patch('/api/plans/:planId/check-ins/:checkInId', {
    schema: {
      tags,
      summary: 'Change the date, attendees, agenda, notes or decisions of a check-in',
      description: 'A stale `version` is 409 conflict with error.current.',
      params: CheckInParams,
      body: UpdateCheckInBody,
      response: { 200: CheckIn, ...standardErrors },
    },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      return updateCheckIn({ ...scope(request, request.params.planId), checkInId: request.params.checkInId, version, changes: defined });
    },
  });

  app.delete('/api/plans/:planId/check-ins/:checkInId', {
    schema: { tags, summary: 'Remove a check-in and its follow-ups', params: CheckInParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      await removeCheckIn({ ...scope(request, request.params.planId), checkInId: request.params.checkInId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/plans/:planId/check-ins/:checkInId/follow-ups', {
    schema: { tags, summary: 'Add a follow-up with its owner (a member of the district) and due date', params: CheckInParams, body: NewFollowUpBody, response: { 201: FollowUp, ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => reply.status(201).send(await addFollowUp({ ...scope(request, request.params.planId), checkInId: request.params.checkInId, values: request.body })),
  });

  app.patch('/api/plans/:planId/follow-ups/:followUpId', {
    schema: {
      tags,
      summary: 'Change a follow-up (its owner may mark it done or open again)',
      description: 'Needs monitoring.manage, except that the owner may change the status. A stale `version` is 409 with error.current.',
      params: FollowUpParams,
      body: UpdateFollowUpBody,
      response: { 200: FollowUp, ...standardErrors },
    },
    // Owners who only update their own work reach the route; the use-case lets them change the status only.
    config: { access: planAccess('monitoring.update') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      const canManage = accessOf(request).permissions.has('monitoring.manage');
      return updateFollowUp({ ...scope(request, request.params.planId), followUpId: request.params.followUpId, version, changes, canManage });
    },
  });

  app.delete('/api/plans/:planId/follow-ups/:followUpId', {
    schema: { tags, summary: 'Remove a follow-up', params: FollowUpParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      await removeFollowUp({ ...scope(request, request.params.planId), followUpId: request.params.followUpId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/my-follow-ups', {
    schema: {
      tags,
      summary: "The caller's own check-in follow-ups in the district",
      description: "Only what the signed-in person owns; soonest due first, overdue flagged against the server's date (UTC).",
      params: DistrictParams,
      response: { 200: MyFollowUps, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      return listMyFollowUps({ db: ctx.db, organizationId, userId: principal.user.id });
    },
  });
}
