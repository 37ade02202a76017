import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { surveyAccess } from '../surveys/surveys.routes.js';
import { SurveyParams } from '../surveys/surveys.schema.js';
import { readSurveyRepresentation } from './read-survey-representation.js';
import { OutreachBody, OutreachSent, RepresentationQuery, SurveyRepresentation } from './representation.schema.js';
import { sendSurveyOutreach } from './send-survey-outreach.js';

/** Who a survey has heard against who the district serves, and the one click that invites the rest. */
export async function registerRepresentationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey results'];

  app.get('/api/surveys/:surveyId/representation', {
    schema: {
      tags,
      summary: 'Respondents by group against the district’s (or a school’s) population, under-represented groups flagged',
      description: 'Counts under the district’s respondent threshold, and those that would give one away, come as {"suppressed": true}; a flag is shown even then.',
      params: SurveyParams,
      querystring: RepresentationQuery,
      response: { 200: SurveyRepresentation, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) =>
      readSurveyRepresentation({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId, school: request.query.school ?? '', publicUrl: ctx.config.publicUrl }),
  });

  app.post('/api/surveys/:surveyId/outreach', {
    schema: {
      tags,
      summary: 'Send an invitation of the cycle’s outreach kit, with the survey’s link, to stakeholder groups',
      description: 'Every group is checked before anything is sent; each contact gets one message through the outbox, logged with the cycle’s outreach.',
      params: SurveyParams,
      body: OutreachBody,
      response: { 200: OutreachSent, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      return sendSurveyOutreach({
        ctx,
        actor: actorFrom(principal),
        senderName: principal.user.name,
        locale: request.body.locale ?? principal.user.locale,
        organizationId,
        surveyId: request.params.surveyId,
        itemId: request.body.outreach_item_id,
        groupIds: request.body.stakeholder_group_ids,
      });
    },
  });
}
