import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { MAX_PLAN_DOCUMENT_BYTES } from '../../../core/plan/format/validate-plan-document.js';
import { nameSchema, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { createPlan } from './create-plan.js';
import { withOwnerNames } from '../../../core/plan/owner-roles.js';
import { ownerNamesOf } from '../owners/read-element-owners.js';
import { exportPlan } from './export-plan.js';
import { importPlan } from './import-plan.js';
import { reimportPlan } from './reimport-plan.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { plansRepo } from './plans.repo.js';
import { presentPlanDetail, presentPlanSummary } from './plans.present.js';
import { DistrictParams, PlanDetail, PlanDocumentBody, PlanParams, PlanSummary, ReimportResult } from './plans.schema.js';

// A document may be up to 5 MB; the body limit leaves room so a larger one is refused by the
// format's rules (400 invalid_plan) rather than cut off, up to twice that (then 413).
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

export async function registerPlanRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  app.get('/api/districts/:districtId/plans', {
    schema: { tags, summary: "A district's plans", params: DistrictParams, response: { 200: z.object({ plans: z.array(PlanSummary) }), ...standardErrors } },
    config: { access: organizationAccess('plans.read', 'districtId') },
    handler: async (request) => ({ plans: (await plansRepo.listForOrganization(ctx.db, accessOf(request).organizationId)).map(presentPlanSummary) }),
  });

  app.post('/api/districts/:districtId/plans', {
    schema: { tags, summary: 'Start an empty draft plan', params: DistrictParams, body: z.object({ title: nameSchema }), response: { 201: z.object({ id: z.uuid() }), ...standardErrors } },
    config: { access: organizationAccess('plans.edit', 'districtId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const plan = await createPlan({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, title: request.body.title });
      return reply.status(201).send({ id: plan.id });
    },
  });

  app.post('/api/districts/:districtId/plans/import', {
    schema: {
      tags,
      summary: 'Create a plan from a strategic-plan/v1 document',
      description: 'The document is checked whole before anything is stored; a refusal is 400 invalid_plan listing every problem with its JSON path.',
      params: DistrictParams,
      body: PlanDocumentBody,
      response: { 201: z.object({ id: z.uuid() }), ...standardErrors },
    },
    attachValidation: true,
    bodyLimit: IMPORT_BODY_LIMIT,
    config: { access: organizationAccess('plans.edit', 'districtId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      assertDocumentSize(request.headers['content-length']);
      const plan = await importPlan({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, input: request.body });
      return reply.status(201).send({ id: plan.id });
    },
  });

  app.get('/api/plans/:planId', {
    schema: { tags, summary: 'A plan for the editor: plan-level fields and every element', params: PlanParams, response: { 200: PlanDetail, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => {
      const plan = await plansRepo.findPlan(ctx.db, accessOf(request).organizationId, request.params.planId);
      if (!plan) throw notFound('Plan');
      return presentPlanDetail(plan, await plansRepo.listElements(ctx.db, plan.id));
    },
  });

  app.get('/api/plans/:planId/export', {
    schema: {
      tags,
      summary: 'The plan as a strategic-plan/v1 document',
      params: PlanParams,
      querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      response: { 200: PlanDocumentBody, ...standardErrors },
    },
    config: { access: planAccess('plans.read') },
    handler: async (request, reply) => {
      const { organizationId } = accessOf(request);
      const working = await exportPlan({ db: ctx.db, organizationId, planId: request.params.planId });
      // The owner a person holds leaves with the plan where the plan names no role of its own.
      const document = withOwnerNames(working, await ownerNamesOf(ctx.db, organizationId, request.params.planId));
      if (request.query.download === '1') reply.header('content-disposition', attachmentHeader(document.plan.title, 'json'));
      return document;
    },
  });

  app.put('/api/plans/:planId/import', {
    schema: {
      tags,
      summary: 'Re-import a document into this plan, matched by key',
      description: 'Without confirm=true, answers what would be added, changed and removed and stores nothing; with it, applies exactly that.',
      params: PlanParams,
      querystring: z.object({ confirm: z.enum(['true', 'false']).default('false') }),
      body: PlanDocumentBody,
      response: { 200: ReimportResult, ...standardErrors },
    },
    attachValidation: true,
    bodyLimit: IMPORT_BODY_LIMIT,
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      assertDocumentSize(request.headers['content-length']);
      return reimportPlan({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        planId: request.params.planId,
        input: request.body,
        confirm: request.query.confirm === 'true',
      });
    },
  });
}

function assertDocumentSize(contentLength: string | undefined) {
  if (Number(contentLength) > MAX_PLAN_DOCUMENT_BYTES) {
    throw new AppError('invalid_plan', 'The plan document is over 5 MB; nothing was stored', [{ path: '', message: 'the document is larger than 5 MB', code: 'file_too_large', params: { megabytes: 5 } }]);
  }
}
