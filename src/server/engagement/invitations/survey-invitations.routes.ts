import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { surveyAccess } from '../surveys/surveys.routes.js';
import { SurveyParams } from '../surveys/surveys.schema.js';
import { registerInvitationPublicRoutes } from './invitation-public.routes.js';
import { inviteToSurvey } from './invite-to-survey.js';
import { listGroupLinks } from './list-group-links.js';
import { listSurveyInvitations } from './list-survey-invitations.js';
import { previewInvitationMail } from './preview-invitation-mail.js';
import { remindInvitees } from './remind-invitees.js';
import { GroupLinks, InvitationsSent, InviteBody, MailPreview, MailPreviewQuery, RemindersSent, SurveyInvitations } from './survey-invitations.schema.js';

/**
 * A survey shared per stakeholder group: a public link per group (no mail), and personal links
 * mailed to the groups' contacts. For the team, who was invited and who has not answered, the
 * mail, sending and reminding; then the invitees' own routes (answering with the link, opting out).
 */
export async function registerSurveyInvitationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey invitations'];

  app.get('/api/surveys/:surveyId/invitations', {
    schema: {
      tags,
      summary: 'A survey’s invitations: counts (invited, answered, opted out, reminded, due a reminder) and the people, with the stakeholder groups that may be invited',
      description: 'For an anonymous survey the list holds only those who have not answered (and those who opted out): nothing ties a person to a response.',
      params: SurveyParams,
      response: { 200: SurveyInvitations, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) => listSurveyInvitations({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId }),
  });

  app.get('/api/surveys/:surveyId/group-links', {
    schema: {
      tags,
      summary: 'A public link per stakeholder group of the survey’s planning cycle: responses sent through it count for the group',
      description: 'Print a group’s flyer with GET /api/surveys/{surveyId}/flyer.pdf?g=<ref>. Empty while the survey serves no cycle.',
      params: SurveyParams,
      response: { 200: GroupLinks, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) => listGroupLinks({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId, publicUrl: ctx.config.publicUrl }),
  });

  app.get('/api/surveys/:surveyId/invitations/mail-preview', {
    schema: { tags, summary: 'The invitation mail as a contact would get it (a stand-in name and link)', params: SurveyParams, querystring: MailPreviewQuery, response: { 200: MailPreview, ...standardErrors } },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) =>
      previewInvitationMail({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId, publicUrl: ctx.config.publicUrl, language: request.query.language }),
  });

  app.post('/api/surveys/:surveyId/invitations', {
    schema: {
      tags,
      summary: 'Mail personal links to the contacts of stakeholder groups of the survey’s cycle and to pasted contacts',
      description:
        'One mail per address (each address once; addresses already invited to the survey and those on the district’s opt-out list are skipped and counted). ' +
        'The link is <PUBLIC_URL>/s/<code>?i=<token> and takes one response, counted for the contact’s stakeholder group. 409 unless the survey is open; 400 names the field (/stakeholder_group_ids/<n>, /contacts/<n>/email, /language).',
      params: SurveyParams,
      body: InviteBody,
      response: { 200: InvitationsSent, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      return inviteToSurvey({
        ctx,
        actor: actorFrom(principal),
        organizationId,
        surveyId: request.params.surveyId,
        stakeholderGroupIds: request.body.stakeholder_group_ids,
        contacts: request.body.contacts,
        language: request.body.language,
      });
    },
  });

  app.post('/api/surveys/:surveyId/invitations/reminders', {
    schema: {
      tags,
      summary: 'Remind everyone invited who has not answered (not those opted out; nobody mailed in the last day)',
      description: 'Each reminder carries the person’s own link again, in the language of their invitation. 409 unless the survey is open.',
      params: SurveyParams,
      response: { 200: RemindersSent, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      return remindInvitees({ ctx, actor: actorFrom(principal), organizationId, surveyId: request.params.surveyId });
    },
  });

  await registerInvitationPublicRoutes(fastify, ctx);
}
