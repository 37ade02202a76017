import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { deleteMeasureFeed } from './delete-measure-feed.js';
import { listMeasureFeeds } from './list-measure-feeds.js';
import { FeedBody, FeedParams, MeasureFeed, MeasureFeeds, PlanParams } from './measure-feeds.schema.js';
import { saveMeasureFeed } from './save-measure-feed.js';

/** Plan measures fed by an indicator: their actuals arrive from the district's data. */
export async function registerMeasureFeedRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];

  app.get('/api/plans/:planId/measure-feeds', {
    schema: { tags, summary: "The plan's measures fed by an indicator, with the periods each feed wrote", params: PlanParams, response: { 200: MeasureFeeds, ...standardErrors } },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => listMeasureFeeds({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId }),
  });

  app.put('/api/plans/:planId/measure-feeds/:measureKey', {
    schema: {
      tags,
      summary: 'Feed a measure from an indicator (the district or one school, all students or one group) and write its actuals now',
      description:
        "The measure's all-students actual of every period the data has (written as the measure's own period label for the same days) becomes the data's value; " +
        'a hidden or missing cell is an actual with no value. Periods the data does not have keep whatever was typed. Later imports refresh it. ' +
        'Send no version for a new feed, the version read to change one (409 conflict otherwise). 400 naming /metric, /school_id or /group_name when the data has no such thing; 404 for a measure not in the plan.',
      params: FeedParams,
      body: FeedBody,
      response: { 200: MeasureFeed, ...standardErrors },
    },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request) => {
      const access = accessOf(request);
      return saveMeasureFeed({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, measureKey: request.params.measureKey, input: request.body });
    },
  });

  app.delete('/api/plans/:planId/measure-feeds/:measureKey', {
    schema: { tags, summary: 'Stop feeding a measure; the actuals it wrote stay', params: FeedParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await deleteMeasureFeed({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, measureKey: request.params.measureKey });
      return reply.status(204).send(null);
    },
  });
}
