import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { surveyAccess } from '../surveys/surveys.routes.js';
import { SurveyParams } from '../surveys/surveys.schema.js';
import { ComparisonQuery, SurveyComparison } from './comparison.schema.js';
import { compareTwoSurveys } from './compare-two-surveys.js';

/** Two surveys or two rounds side by side, on the questions they share. */
export async function registerComparisonRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/surveys/:surveyId/comparison', {
    schema: {
      tags: ['survey results'],
      summary: 'This survey against another (or an earlier round) on their shared questions: percentages and the change in points',
      description: 'Questions compared share key, type and option keys; others are listed in `differing`. Hidden cells stay hidden, and so does any change built on one.',
      params: SurveyParams,
      querystring: ComparisonQuery,
      response: { 200: SurveyComparison, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) =>
      compareTwoSurveys({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId, withId: request.query.with, by: request.query.by ?? null, group: request.query.group ?? 'all' }),
  });
}
