import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { readOwnerRoles } from './list-owner-roles.js';
import { matchOwnerRole } from './match-owner-role.js';
import { ownersRepo } from './owners.repo.js';
import { presentOwner } from './owners.present.js';
import { ElementOwners, ElementParams, MatchRoleBody, MatchRoleResult, OwnerBody, OwnerCandidates, OwnerResult, OwnerRoles, PlanParams } from './owners.schema.js';
import { setElementOwner } from './set-element-owner.js';

/**
 * The one owner of each measure, strategy and action: a person of the district. The plan's own
 * words for an owner are kept as the role it names and offered for matching to a person.
 */
export async function registerOwnerRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['owners'];

  app.get('/api/plans/:planId/owners', {
    schema: { tags, summary: 'Who owns each measure, strategy and action of the plan', params: PlanParams, response: { 200: ElementOwners, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      if (!(await ownersRepo.findPlan(ctx.db, organizationId, request.params.planId))) throw notFound('Plan');
      return { owners: (await ownersRepo.listOwners(ctx.db, organizationId, [request.params.planId])).map(presentOwner) };
    },
  });

  app.put('/api/plans/:planId/owners/:elementKey', {
    schema: {
      tags,
      summary: 'Name the owner of a measure, strategy or action (null: nobody)',
      description: 'The owner must be an active member of the district; owners are kept by element key.',
      params: ElementParams,
      body: OwnerBody,
      response: { 200: OwnerResult, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      return setElementOwner({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, ...request.params, userId: request.body.userId });
    },
  });

  app.get('/api/plans/:planId/owner-candidates', {
    schema: { tags, summary: 'The people who may own an element of the plan: the active members of its district', params: PlanParams, response: { 200: OwnerCandidates, ...standardErrors } },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      if (!(await ownersRepo.findPlan(ctx.db, organizationId, request.params.planId))) throw notFound('Plan');
      return { people: (await ownersRepo.listActiveMembers(ctx.db, organizationId)).map((person) => ({ userId: person.id, name: person.name, email: person.email })) };
    },
  });

  app.get('/api/plans/:planId/owner-roles', {
    schema: { tags, summary: "The plan's own words for its owners, each with the elements still without a person and a suggested person", params: PlanParams, response: { 200: OwnerRoles, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => readOwnerRoles({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId }),
  });

  app.post('/api/plans/:planId/owner-roles/match', {
    schema: {
      tags,
      summary: 'Give every element that names this role, and has no person yet, this person as owner',
      params: PlanParams,
      body: MatchRoleBody,
      response: { 200: MatchRoleResult, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      return matchOwnerRole({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, ...request.body });
    },
  });
}
