import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { stakeholdersRepo } from './stakeholders.repo.js';
import { presentEngagement, presentGroup } from './stakeholders.present.js';
import { CycleParams, Engagement, EngagementFields, EngagementParams, GroupFields, GroupParams, StakeholderGroup, UpdateEngagementBody, UpdateGroupBody } from './stakeholders.schema.js';
import { addEngagement, removeEngagement, updateEngagement } from './manage-engagement-plan.js';
import { addStakeholderGroup, removeStakeholderGroup, updateStakeholderGroup } from './manage-stakeholder-groups.js';

const cycleAccess = (permission: 'process.read' | 'process.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** Stakeholder groups of a planning cycle and the plan for engaging each group in each phase. */
export async function registerStakeholderRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['stakeholder engagement'];
  const scope = (request: Parameters<typeof accessOf>[0], cycleId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId };
  };

  app.get('/api/cycles/:cycleId/engagement', {
    schema: { tags, summary: 'The stakeholder groups and the engagement plan of a cycle', params: CycleParams, response: { 200: z.object({ groups: z.array(StakeholderGroup), engagements: z.array(Engagement) }), ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const cycle = await stakeholdersRepo.findCycle(ctx.db, organizationId, request.params.cycleId);
      if (!cycle) throw notFound('Cycle');
      const [groups, entries] = await Promise.all([stakeholdersRepo.listGroups(ctx.db, cycle.id), stakeholdersRepo.listEntries(ctx.db, cycle.id)]);
      return { groups: groups.map(presentGroup), engagements: entries.map(presentEngagement) };
    },
  });

  app.post('/api/cycles/:cycleId/stakeholder-groups', {
    schema: { tags, summary: 'Add a stakeholder group with its contacts', params: CycleParams, body: GroupFields, response: { 201: StakeholderGroup, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send(presentGroup(await addStakeholderGroup({ ...scope(request, request.params.cycleId), values: request.body }))),
  });

  app.patch('/api/cycles/:cycleId/stakeholder-groups/:stakeholderGroupId', {
    schema: { tags, summary: 'Change a stakeholder group (contacts are replaced whole)', params: GroupParams, body: UpdateGroupBody, response: { 200: StakeholderGroup, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return presentGroup(await updateStakeholderGroup({ ...scope(request, request.params.cycleId), groupId: request.params.stakeholderGroupId, version, values }));
    },
  });

  app.delete('/api/cycles/:cycleId/stakeholder-groups/:stakeholderGroupId', {
    schema: { tags, summary: 'Remove a stakeholder group and its planned engagements', params: GroupParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await removeStakeholderGroup({ ...scope(request, request.params.cycleId), groupId: request.params.stakeholderGroupId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/cycles/:cycleId/engagements', {
    schema: { tags, summary: 'Plan an engagement of a group in a phase', params: CycleParams, body: EngagementFields, response: { 201: Engagement, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send(presentEngagement(await addEngagement({ ...scope(request, request.params.cycleId), values: request.body }))),
  });

  app.patch('/api/cycles/:cycleId/engagements/:engagementId', {
    schema: { tags, summary: 'Change a planned engagement', params: EngagementParams, body: UpdateEngagementBody, response: { 200: Engagement, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return presentEngagement(await updateEngagement({ ...scope(request, request.params.cycleId), entryId: request.params.engagementId, version, values }));
    },
  });

  app.delete('/api/cycles/:cycleId/engagements/:engagementId', {
    schema: { tags, summary: 'Take an engagement off the plan', params: EngagementParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await removeEngagement({ ...scope(request, request.params.cycleId), entryId: request.params.engagementId });
      return reply.status(204).send(null);
    },
  });
}
