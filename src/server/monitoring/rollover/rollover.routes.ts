import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { findPlan } from '../../plan/plans/read-plan.js';
import { PlanParams } from '../../plan/plans/plans.schema.js';
import { closeYear } from './close-year.js';
import { presentClosure } from './rollover.present.js';
import { rolloverRepo } from './rollover.repo.js';
import { RolloverPreview, YearBody, YearClosure, YearClosures, YearQuery } from './rollover.schema.js';
import { openActionsAt, presentCarried, yearEndOf } from './year-end.js';

/** Today's date in UTC: a year has ended once its last day has passed, by the calendar day. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The year-end rollover: preview what carries over, close a year, and the closures kept as history. */
export async function registerRolloverRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  app.get('/api/plans/:planId/rollover/preview', {
    schema: {
      tags,
      summary: 'The open actions that closing a year would carry into the next one; nothing is stored',
      description: '400 naming query/year when the year cannot be dated with the district calendar or has not ended yet.',
      params: PlanParams,
      querystring: YearQuery,
      response: { 200: RolloverPreview, ...standardErrors },
    },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const { plan, yearLabel, yearEndsOn } = await yearEndOf({ db: ctx.db, organizationId, planId: request.params.planId, year: request.query.year, today: todayUtc(), path: 'query/year' });
      const carried = (await openActionsAt(ctx.db, plan.id, yearEndsOn)).map(presentCarried);
      return { yearLabel, yearEndsOn, carried };
    },
  });

  app.post('/api/plans/:planId/rollover', {
    schema: {
      tags,
      summary: "Close a plan's year: keep its scorecard as of the year's last day and carry open actions a year forward",
      description: 'Open actions due by the year end get the same month and day a year later, in the working copy (not an amendment). 409 conflict when the year is already closed.',
      params: PlanParams,
      body: YearBody,
      response: { 201: YearClosure, ...standardErrors },
    },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const closure = await closeYear({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, year: request.body.year, today: todayUtc() });
      return reply.status(201).send(closure);
    },
  });

  app.get('/api/plans/:planId/rollovers', {
    schema: { tags, summary: "Every year closed for the plan, the newest first, with its summary and carried actions", params: PlanParams, response: { 200: YearClosures, ...standardErrors } },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => {
      const plan = await findPlan(ctx.db, accessOf(request).organizationId, request.params.planId);
      if (!plan) throw notFound('Plan');
      return { closures: (await rolloverRepo.listClosures(ctx.db, plan.id)).map(presentClosure) };
    },
  });
}
