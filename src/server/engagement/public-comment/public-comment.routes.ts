import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { PlanDetail } from '../../plan/plans/plans.schema.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { toCsv } from '../surveys/survey-spreadsheets.js';
import { exportCommentModerationLog, exportCommentResponseLog } from './export-comment-logs.js';
import { listPublicComments } from './list-public-comments.js';
import { moderatePublicComment } from './moderate-public-comment.js';
import { openPublicComment } from './open-public-comment.js';
import { readChangesSinceDraft } from './read-changes-since-draft.js';
import { readCommentWindows } from './read-comment-windows.js';
import { setCommentDisposition } from './set-comment-disposition.js';
import { updateCommentWindow } from './update-comment-window.js';
import {
  ChangesSinceDraft,
  CommentParams,
  CommentWindow,
  CommentWindows,
  DispositionBody,
  ListCommentsQuery,
  ModerationBody,
  OpenWindowBody,
  PlanParams,
  TeamPublicComment,
  TeamPublicCommentList,
  UpdateWindowBody,
  WindowParams,
} from './public-comment.schema.js';

/** The planning team's side of public comment on a draft: the window, the comments, moderation, dispositions and the logs. */
export async function registerPublicCommentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['public comment'];
  const mailDelivers = () => ctx.mail.statusForNewMail === 'pending';

  app.get('/api/plans/:planId/public-comment', {
    schema: { tags, summary: 'The plan’s public comment windows, the latest first, with their comments counted and the draft page’s address', params: PlanParams, response: { 200: CommentWindows, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const { plan, windows } = await readCommentWindows({ db: ctx.db, organizationId, planId: request.params.planId });
      const district = await findOrganization(ctx.db, organizationId);
      const running = plan.lifecycle === 'public_comment' && windows[0] && windows[0].closed_at === null;
      const site = district?.slug ? `${ctx.config.publicUrl}/p/${district.slug}` : null;
      return { windows, draft_url: running && site ? `${site}/draft` : null, heard_url: site && plan.adopted_version !== null ? `${site}/plans/${plan.id}/heard` : null };
    },
  });

  app.post('/api/plans/:planId/public-comment', {
    schema: {
      tags,
      summary: 'Open the draft (or amendment) for public comment: freezes the version the public reads and opens the window today, in one transaction',
      description: '400 names the field (/closes_on before today, /verify_email when the server sends no mail); 409 when the plan changed since `version` or cannot go out for comment from where it is.',
      params: PlanParams,
      body: OpenWindowBody,
      response: { 201: z.object({ plan: PlanDetail, window: CommentWindow }), ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const { version, closes_on, verify_email, show_comments } = request.body;
      const opened = await openPublicComment({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        planId: request.params.planId,
        version,
        choices: { closesOn: closes_on, verifyEmail: verify_email, showComments: show_comments },
        mailDelivers: mailDelivers(),
      });
      return reply.status(201).send(opened);
    },
  });

  app.put('/api/plans/:planId/public-comment/windows/:windowId', {
    schema: { tags, summary: 'Change a running window: its closing date, a verified email from now on, comments shown or not', description: '409 when `version` is stale or the plan has moved on from this draft.', params: WindowParams, body: UpdateWindowBody, response: { 200: CommentWindow, ...standardErrors } },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, closes_on, verify_email, show_comments } = request.body;
      return updateCommentWindow({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, windowId: request.params.windowId, version, choices: { closesOn: closes_on, verifyEmail: verify_email, showComments: show_comments }, mailDelivers: mailDelivers() });
    },
  });

  app.get('/api/plans/:planId/public-comment/changes', {
    schema: { tags, summary: 'What the team changed since a window’s draft froze (the latest window by default), word by word: what a disposition can point to', params: PlanParams, querystring: z.object({ window: z.uuid().optional() }), response: { 200: ChangesSinceDraft, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => readChangesSinceDraft({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, windowId: request.query.window }),
  });

  app.get('/api/plans/:planId/comments/public', {
    schema: { tags, summary: 'The public’s comments on the plan’s drafts, with their dispositions and themes (never an address)', params: PlanParams, querystring: ListCommentsQuery, response: { 200: TeamPublicCommentList, ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => {
      const { window, element_key, status } = request.query;
      return { comments: await listPublicComments({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, language: readerLanguage(request), filter: { windowId: window, elementKey: element_key, status } }) };
    },
  });

  app.post('/api/plans/:planId/comments/public/:commentId/moderation', {
    schema: { tags, summary: 'Accept a comment or hide it for a reason of the published policy (logged)', description: '400 /reason when hiding without one; 409 while the writer has not confirmed their address.', params: CommentParams, body: ModerationBody, response: { 200: TeamPublicComment, ...standardErrors } },
    config: { access: planAccess('engagement.moderate') },
    handler: async (request) => {
      const access = accessOf(request);
      return moderatePublicComment({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, commentId: request.params.commentId, ...request.body });
    },
  });

  app.put('/api/plans/:planId/comments/public/:commentId/disposition', {
    schema: {
      tags,
      summary: 'Record what the team decided about a comment: accepted (with the change made), partly, not accepted (why), out of scope; null takes it back',
      description: '400 names the field (/note is required for not accepted; /changed_keys/<i> when that element has not changed since the draft opened); 409 with the comment as it is now when `version` is stale. With `cite_on_changed` (accepted or partly), each changed element cites the comment in the same transaction.',
      params: CommentParams,
      body: DispositionBody,
      response: { 200: TeamPublicComment, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, disposition, note, changed_keys, cite_on_changed } = request.body;
      return setCommentDisposition({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, commentId: request.params.commentId, version, input: { disposition, note, changedKeys: changed_keys, cite: cite_on_changed } });
    },
  });

  app.get('/api/plans/:planId/comments/public/moderation-log.csv', {
    schema: { tags, summary: 'Every moderation decision on the plan’s comments as CSV, oldest first', description: 'Columns: time (UTC), comment_id, element_key, comment, decision, reason, reason_text (in the reader’s language), moderator.', params: PlanParams, response: { 200: z.any().describe('The CSV file'), ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request, reply) => {
      const { header, rows } = await exportCommentModerationLog({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, locale: readerLanguage(request) });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader('Public comment moderation log', 'csv')).send(toCsv(header, rows));
    },
  });

  app.get('/api/plans/:planId/comments/public/response-log.csv', {
    schema: { tags, summary: 'The response log as CSV: every comment the team read, its theme, and what the team decided and changed', description: 'No names or addresses. Columns: received, comment_id, window_opened, element_key, quote, comment, role, school, theme, disposition, disposition_text, note, changed_keys, decided_by, decided_at.', params: PlanParams, response: { 200: z.any().describe('The CSV file'), ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request, reply) => {
      const { header, rows } = await exportCommentResponseLog({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, locale: readerLanguage(request) });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader('Public comment response log', 'csv')).send(toCsv(header, rows));
    },
  });
}
