import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { planVersionsRepo } from '../plans/plan-versions.repo.js';
import { PlanDetail, PlanDocumentBody, PlanParams } from '../plans/plans.schema.js';
import { comparePlanVersions } from './compare-plan-versions.js';
import { presentVersion, presentVersionSummary } from './plan-versions.present.js';
import { CompareQuery, PlanComparison, TransitionBody, VersionDetail, VersionParams, VersionSummary } from './plan-versions.schema.js';
import { readAdoptedPlan, readPlanVersion } from './read-plan-version.js';
import { transitionPlan } from './transition-plan.js';

export async function registerPlanVersionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan versions'];

  app.post('/api/plans/:planId/transitions', {
    schema: {
      tags,
      summary: 'Move a plan through its lifecycle, freezing a version',
      description:
        'draft -> public_comment | adopted | archived; public_comment -> draft | adopted | archived (an amendment: amending | adopted); ' +
        'adopted -> amending | archived; amending -> public_comment | adopted; archived -> nothing. Adopting needs plans.adopt and adoption.date. ' +
        'With to = adopted and discard = true, an amendment is dropped and the working copy goes back to the adopted version. ' +
        'A stale version is 409 conflict with error.current; a move that is not allowed is 409 conflict with error.from, error.to and error.allowed.',
      params: PlanParams,
      body: TransitionBody,
      response: { 200: PlanDetail, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      // One access rule per route: the checkpoint asks for plans.edit, adopting also needs plans.adopt.
      if (request.body.to === 'adopted' && !access.permissions.has('plans.adopt')) throw forbidden('Adopting a plan needs the plans.adopt permission');
      return transitionPlan({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, ...request.body });
    },
  });

  app.get('/api/plans/:planId/versions', {
    schema: { tags, summary: "A plan's frozen versions, newest first", params: PlanParams, response: { 200: z.object({ versions: z.array(VersionSummary) }), ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => ({ versions: (await planVersionsRepo.list(ctx.db, request.params.planId)).map(presentVersionSummary) }),
  });

  app.get('/api/plans/:planId/versions/:number', {
    schema: { tags, summary: 'One frozen version with its document', params: VersionParams, response: { 200: VersionDetail, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => presentVersion(await readPlanVersion({ db: ctx.db, organizationId: accessOf(request).organizationId, ...request.params })),
  });

  app.get('/api/plans/:planId/compare', {
    schema: {
      tags,
      summary: 'What changed between two versions, or between a version and the working copy (to=current)',
      params: PlanParams,
      querystring: CompareQuery,
      response: { 200: PlanComparison, ...standardErrors },
    },
    config: { access: planAccess('plans.read') },
    handler: async (request) => comparePlanVersions({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, ...request.query }),
  });

  app.get('/api/plans/:planId/adopted', {
    schema: { tags, summary: 'The adopted plan: what the public and monitoring read, also while an amendment is drafted', params: PlanParams, response: { 200: PlanDocumentBody, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => readAdoptedPlan({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId }),
  });
}
