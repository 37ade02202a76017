import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { isLocale, type Locale } from '../../../core/i18n/format-message.js';
import { surveyPageStylesHash } from '../respondent/survey-page-styles.js';
import { formFieldsOf } from '../respondent/form-fields.js';
import { optOutOfInvitations } from './opt-out-of-invitations.js';
import { optOutScriptPath, optOutScriptSource, optOutWords, renderOptedOutPage, renderOptOutPage } from './opt-out-page.js';
import { submitInvitedResponse } from './submit-invited-response.js';
import { InvitedSubmissionAccepted, InvitedSubmissionBody, OptedOut, OptOutBody } from './survey-invitations.schema.js';

/** The request log keeps the method and route only: never the invitee's address or browser. */
const logSerializers = { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) };
const pagePolicy = ["default-src 'none'", "script-src 'self'", `style-src ${surveyPageStylesHash}`, "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
/** lang: the mail's language; i: the mail's token (the opt-out link), put in the form's hidden field. */
const LanguageQuery = z.object({ lang: z.string().max(20).optional(), i: z.string().max(400).optional() });

/**
 * What a person holding a mailed personal link may do without signing in: answer with it (one
 * response per invitation), and stop the district's survey invitations (the JSON route, and the
 * page /s/opt-out that works without a script).
 */
export async function registerInvitationPublicRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.sessionSecret;
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey respondents'];

  app.post('/api/public/survey-invitations/responses', {
    schema: {
      tags,
      summary: 'Send the answers of a person invited by a personal link (one response per invitation)',
      description:
        '201 with the response id, stored with the invitation marked answered; 200 with the same id when this submission_id was received before (a retry). ' +
        '409 when the invitation was already used for another submission; 404 for an unknown token; 400 names the field (/answers/<key>, /locale); 410 once the survey has closed. ' +
        'Not held to the per-address limit. For an anonymous survey nothing ties the response to the invitation.',
      body: InvitedSubmissionBody,
      response: { 200: InvitedSubmissionAccepted, 201: InvitedSubmissionAccepted, ...standardErrors, 410: ErrorResponse },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers,
    handler: async (request, reply) => {
      const stored = await submitInvitedResponse({ db: ctx.db, secret, submission: request.body, language: readerLanguage(request) });
      return reply.status(stored.created ? 201 : 200).header('cache-control', 'no-store').send({ id: stored.id });
    },
  });

  app.post('/api/public/survey-invitations/opt-out', {
    schema: {
      tags,
      summary: 'Stop the district’s survey invitations to the address of a personal link',
      description: 'The invitation and its address are marked; no survey invitation or reminder goes to the address from the district again. Doing it twice changes nothing. 404 for an unknown token.',
      body: OptOutBody,
      response: { 200: OptedOut, ...standardErrors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers,
    handler: async (request) => {
      const done = await optOutOfInvitations({ db: ctx.db, secret, token: request.body.invitation_token, language: readerLanguage(request) });
      return { organization_name: done.organizationName, email: done.email };
    },
  });

  fastify.get(optOutScriptPath, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(optOutScriptSource),
  );

  const sendPage = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).header('content-security-policy', pagePolicy).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  const languageOf = (request: FastifyRequest, lang: string | undefined): Locale => (lang && isLocale(lang) ? lang : readerLanguage(request));
  const pageOptions = { schema: { hide: true, querystring: LanguageQuery }, config: { securityHeaders: { contentSecurityPolicy: false } }, logSerializers } as const;

  await fastify.register(async (scope) => {
    // The opt-out form posts form-encoded, like the respondent page's form.
    scope.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => done(null, formFieldsOf(body as string)));
    const pages = scope.withTypeProvider<ZodTypeProvider>();

    pages.get('/s/opt-out', pageOptions, async (request, reply) =>
      sendPage(reply, 200, renderOptOutPage({ language: languageOf(request, request.query.lang), fromLink: request.query.i?.trim() || undefined })),
    );

    pages.post('/s/opt-out', pageOptions, async (request, reply) => {
      const language = languageOf(request, request.query.lang);
      const fields = (request.body ?? {}) as Record<string, unknown>;
      const field = Array.isArray(fields.invitation_token) ? fields.invitation_token[0] : fields.invitation_token;
      const given = typeof field === 'string' ? field.trim() : '';
      // Pasted from a mail, the code may come with the link around it.
      const token = /(?:^|[#?&])i=([^&\s]+)/.exec(given)?.[1] ?? given;
      if (!token || token.length > 200) return sendPage(reply, 400, renderOptOutPage({ language, problem: optOutWords(language).tokenMissing }));
      try {
        const done = await optOutOfInvitations({ db: ctx.db, secret, token, language });
        return sendPage(reply, 200, renderOptedOutPage({ language, organizationName: done.organizationName, email: done.email }));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        return sendPage(reply, 404, renderOptOutPage({ language, problem: error.message, token }));
      }
    });
  });
}
