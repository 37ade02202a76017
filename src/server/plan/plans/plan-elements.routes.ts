import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors, versionSchema } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addPlanElement } from './add-plan-element.js';
import { deletePlanElement, undoDeletePlanElement } from './delete-plan-element.js';
import { movePlanElement } from './move-plan-element.js';
import { presentElement } from './plans.present.js';
import { PlanDetail, PlanElement, PlanParams } from './plans.schema.js';
import { updatePlanDetails } from './update-plan-details.js';
import { updatePlanElement } from './update-plan-element.js';

const ElementParams = z.object({ planId: z.uuid(), elementId: z.uuid() });
const elementKind = z.enum(['goal', 'measure', 'strategy', 'action']);
const elementKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
const fieldsObject = z.record(z.string(), z.unknown());

/** The outline editor's writes: plan details, and adding, changing, moving and deleting elements. */
export async function registerPlanElementRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan editing'];
  const who = (request: Parameters<typeof accessOf>[0]) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId };
  };

  app.patch('/api/plans/:planId', {
    schema: {
      tags,
      summary: 'Change plan-level fields (title, mission, vision, values, ...); null removes a field',
      params: PlanParams,
      body: z.object({ version: versionSchema, changes: fieldsObject }),
      response: { 200: PlanDetail, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => updatePlanDetails({ ...who(request), planId: request.params.planId, ...request.body }),
  });

  app.post('/api/plans/:planId/elements', {
    schema: {
      tags,
      summary: 'Add a goal, measure, strategy or action',
      params: PlanParams,
      body: z.object({ kind: elementKind, parentId: z.uuid().nullable(), position: z.number().int().min(0).optional(), key: elementKey.optional(), fields: fieldsObject }),
      response: { 201: PlanElement, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request, reply) => {
      const element = await addPlanElement({ ...who(request), planId: request.params.planId, ...request.body });
      return reply.status(201).send(presentElement(element));
    },
  });

  app.patch('/api/plans/:planId/elements/:elementId', {
    schema: {
      tags,
      summary: "Replace an element's fields or change its key",
      params: ElementParams,
      body: z.object({ version: versionSchema, fields: fieldsObject.optional(), key: elementKey.optional() }),
      response: { 200: PlanElement, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => presentElement(await updatePlanElement({ ...who(request), ...request.params, ...request.body })),
  });

  app.post('/api/plans/:planId/elements/:elementId/move', {
    schema: {
      tags,
      summary: 'Move an element to a position under a parent',
      params: ElementParams,
      body: z.object({ version: versionSchema, parentId: z.uuid().nullable(), position: z.number().int().min(0) }),
      response: { 200: z.object({ elements: z.array(PlanElement) }), ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => ({ elements: (await movePlanElement({ ...who(request), ...request.params, ...request.body })).map(presentElement) }),
  });

  app.delete('/api/plans/:planId/elements/:elementId', {
    schema: {
      tags,
      summary: 'Delete an element and everything under it (undo with the token)',
      params: ElementParams,
      response: { 200: z.object({ undoToken: z.uuid(), deleted: z.array(z.string()) }), ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => deletePlanElement({ ...who(request), ...request.params }),
  });

  app.post('/api/plans/:planId/undo-delete', {
    schema: { tags, summary: 'Undo a delete', params: PlanParams, body: z.object({ undoToken: z.uuid() }), response: { 200: z.object({ restored: z.array(z.string()) }), ...standardErrors } },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => undoDeletePlanElement({ ...who(request), planId: request.params.planId, undoToken: request.body.undoToken }),
  });
}
