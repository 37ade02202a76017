import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { AppError, invalidInput } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { ownPolicyHeaders } from '../../http/security-headers.js';
import { checkAnswers } from '../../../core/engagement/check-answers.js';
import { isLocale } from '../../../core/i18n/format-message.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { issueKioskToken } from '../surveys/issue-kiosk-token.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { readPublicSurvey, type PublicSurvey } from '../surveys/read-public-survey.js';
import { chooseSurveyLanguage } from './choose-language.js';
import { answersFromFields, formFieldsOf, withoutHiddenAnswers, type FormFields } from './form-fields.js';
import { readPreviewSurvey } from './read-preview-survey.js';
import { readUnavailableSurvey } from './read-unavailable-survey.js';
import { renderFlyer } from './render-flyer.js';
import { renderMissingSurveyPage, renderThanksPage } from './render-status-page.js';
import { renderSurveyPage, type AnswerProblem, type PageMode, type SurveyPageInput } from './render-survey-page.js';
import { CodeParams, FlyerQuery, KioskLink, LanguageQuery, SurveyPageQuery, SurveyParams } from './respondent.schema.js';
import { sendFormAnswers } from './send-form-answers.js';
import { checkInvitationLink } from '../invitations/check-invitation-link.js';
import { renderInvitationPage } from '../invitations/render-invitation-page.js';
import { listGroupLinks } from '../invitations/list-group-links.js';
import { knownGroupRef, normalizeGroupRef } from '../surveys/group-refs.js';
import { chromeLanguageOf, pageWordsIn, type SurveyPageMessageKey } from './survey-page-messages.js';
import { surveyPageStylesHash } from './survey-page-styles.js';
import { respondentScriptPath, respondentScriptSource } from './survey-page-script.js';

/**
 * The pages' own Content-Security-Policy (it replaces the application's): their one stylesheet by
 * its hash, scripts only from this server (the page's one file; no inline code), fetches and form
 * posts only to this server, nothing embedded. The survey pages may be framed by no one; the
 * team's preview only by the application itself (the builder shows it at phone width).
 */
function pagePolicy(options: { hasScript: boolean; posts: boolean; framedBy: "'none'" | "'self'" }): string {
  return [
    "default-src 'none'",
    options.hasScript ? "script-src 'self'" : '',
    `style-src ${surveyPageStylesHash}`,
    options.hasScript ? "connect-src 'self'" : '',
    "img-src 'self' data:",
    `form-action ${options.posts ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    `frame-ancestors ${options.framedBy}`,
  ]
    .filter(Boolean)
    .join('; ');
}
const surveyPolicy = pagePolicy({ hasScript: true, posts: true, framedBy: "'none'" });
const plainPolicy = pagePolicy({ hasScript: false, posts: false, framedBy: "'none'" });
const previewPolicy = pagePolicy({ hasScript: true, posts: false, framedBy: "'self'" });
/**
 * Route options of the respondent's pages: they carry their policy themselves (the other security
 * headers stay, X-Frame-Options: DENY among them), and the request log keeps the method and route
 * only, never the respondent's address or browser (Fastify's default request log has the address).
 */
const pageHeaders = {
  config: { securityHeaders: { contentSecurityPolicy: false } },
  logSerializers: { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * What a member of the public sees when answering a survey: the page (/s/:code), its form post
 * without a script, the thanks page, the kiosk page for events and the page's script; and for the
 * team, the preview, the kiosk link and the printable flyer.
 */
export async function registerRespondentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.sessionSecret;
  // Each page is drawn for one respondent (their submission id, their form token): never cached,
  // so no shared cache hands it to another, and no back button brings a kiosk's last respondent back.
  const sendPage = (reply: FastifyReply, status: number, html: string, policy = surveyPolicy) =>
    reply.status(status).header('content-security-policy', policy).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  /**
   * The 404 or 410 page in the reader's language (a further language of the survey in its
   * district's page texts, see read-unavailable-survey.ts), or the error itself when it is neither.
   */
  const sendMissing = async (request: FastifyRequest, reply: FastifyReply, error: unknown, lang?: string) => {
    if (!(error instanceof AppError) || (error.code !== 'not_found' && error.code !== 'gone')) throw error;
    const status = error.code === 'gone' ? 410 : 404;
    const code = (request.params as { code?: string }).code;
    const translated = code ? await readUnavailableSurvey({ db: ctx.db, code, chosen: lang, acceptLanguage: request.headers['accept-language'] }) : null;
    if (translated) return sendPage(reply, status, renderMissingSurveyPage({ ...translated, status }), plainPolicy);
    const language = lang && isLocale(lang) ? lang : readerLanguage(request);
    return sendPage(reply, status, renderMissingSurveyPage({ language, status, message: error.message }), plainPolicy);
  };
  /** The survey behind a code with its district's page texts (for a language other than English and Spanish). */
  const publicSurvey = async (request: FastifyRequest, code: string, lang?: string) => {
    const survey = await readPublicSurvey({ db: ctx.db, code, language: lang && isLocale(lang) ? lang : chromeLanguageOf(readerLanguage(request)) });
    return { ...survey, pageTexts: await readPageTexts({ db: ctx.db, organizationId: survey.organizationId, languages: survey.document.languages }) };
  };
  const languageFor = (request: FastifyRequest, survey: { document: { languages: string[] } }, chosen?: string) =>
    chooseSurveyLanguage({ chosen, acceptLanguage: request.headers['accept-language'], languages: survey.document.languages });

  const pageInput = (survey: PublicSurvey, language: string, mode: PageMode, overrides: Partial<SurveyPageInput> = {}): SurveyPageInput => ({
    survey,
    language,
    mode,
    submissionId: randomUUID(),
    formToken: issueFormToken({ code: survey.code, secret }),
    fields: {},
    problems: [],
    paths: {
      action: `/s/${survey.code}?lang=${encodeURIComponent(language)}`,
      inLanguage: (other) => `/s/${survey.code}?lang=${encodeURIComponent(other)}`,
      submit: `/api/public/surveys/${survey.code}/responses`,
      script: respondentScriptPath,
    },
    ...overrides,
  });

  fastify.get(respondentScriptPath, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(respondentScriptSource),
  );

  await fastify.register(async (scope) => {
    // Only the respondent page's form posts form-encoded; everything else on the server stays JSON.
    scope.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string', bodyLimit: 256 * 1024 }, (_request, body, done) => done(null, formFieldsOf(body as string)));
    const app = scope.withTypeProvider<ZodTypeProvider>();

    // ?g=: a stakeholder group's link (an unknown one is no group); ?i=: a mailed personal link,
    // checked here so a person without a script learns before answering that it was used.
    app.get('/s/:code', { schema: { hide: true, params: CodeParams, querystring: SurveyPageQuery }, ...pageHeaders }, async (request, reply) => {
      const { code } = request.params;
      const survey = await publicSurvey(request, code, request.query.lang).catch((error: unknown) => error);
      if (!isSurvey(survey)) return sendMissing(request, reply, survey, request.query.lang);
      const language = languageFor(request, survey, request.query.lang);
      const invitationToken = request.query.i?.trim() || undefined;
      if (invitationToken) {
        const state = await checkInvitationLink({ db: ctx.db, secret, code: survey.code, token: invitationToken });
        if (state !== 'open') return sendPage(reply, state === 'used' ? 409 : 404, renderInvitationPage({ survey, language, state }), plainPolicy);
      }
      return sendPage(reply, 200, renderSurveyPage(pageInput(survey, language, 'respond', { group: knownGroupRef(survey.groupRefs, request.query.g), invitationToken })));
    });

    app.get('/s/:code/kiosk', { schema: { hide: true, params: CodeParams, querystring: LanguageQuery }, ...pageHeaders }, async (request, reply) => {
      const survey = await publicSurvey(request, request.params.code, request.query.lang).catch((error: unknown) => error);
      if (!isSurvey(survey)) return sendMissing(request, reply, survey, request.query.lang);
      const language = languageFor(request, survey, request.query.lang);
      return sendPage(reply, 200, renderSurveyPage(pageInput(survey, language, 'kiosk')));
    });

    app.get('/s/:code/thanks', { schema: { hide: true, params: CodeParams, querystring: LanguageQuery }, ...pageHeaders }, async (request, reply) => {
      const survey = await publicSurvey(request, request.params.code, request.query.lang).catch((error: unknown) => error);
      if (!isSurvey(survey)) return sendMissing(request, reply, survey, request.query.lang);
      return sendPage(reply, 200, renderThanksPage({ survey, language: languageFor(request, survey, request.query.lang) }), plainPolicy);
    });

    // Without a script: the whole form posts here. `action=language` draws it again in another
    // language with every answer kept (nothing stored); otherwise the answers are sent.
    app.post('/s/:code', { schema: { hide: true, params: CodeParams, querystring: LanguageQuery }, ...pageHeaders }, async (request, reply) => {
      const fields: FormFields = isFormFields(request.body) ? request.body : {};
      const first = (name: string) => fields[name]?.[0] ?? '';
      const survey = await publicSurvey(request, request.params.code, request.query.lang).catch((error: unknown) => error);
      if (!isSurvey(survey)) return sendMissing(request, reply, survey, request.query.lang);
      const language = languageFor(request, survey, request.query.lang ?? first('locale'));
      const submissionId = UUID.test(first('submission_id')) ? first('submission_id') : randomUUID();
      const formToken = first('form_token') && first('form_token').length <= 200 ? first('form_token') : issueFormToken({ code: survey.code, secret });
      // The group link's group and the personal link's token ride in hidden fields (render-survey-page.ts).
      const group = knownGroupRef(survey.groupRefs, first('group'));
      const invitationToken = first('invitation_token').trim() || undefined;
      const again = (status: number, problems: AnswerProblem[], notice?: SurveyPageMessageKey, token = formToken) =>
        sendPage(reply, status, renderSurveyPage(pageInput(survey, language, 'respond', { submissionId, formToken: token, fields, problems, notice, group, invitationToken })));

      if (first('action') === 'language') return again(200, []);
      const read = answersFromFields(survey.document, fields);
      if (read.problems.length) {
        // What the form itself could not read (a rank with one place twice), with what the survey's check says of the rest.
        const checked = checkAnswers(survey.document, withoutHiddenAnswers(survey.document, read.answers));
        const unread = new Set(read.problems.map((problem) => problem.path));
        return again(400, [...read.problems, ...(checked.ok ? [] : checked.problems.filter((problem) => !unread.has(problem.path)))]);
      }
      const locale = survey.document.languages.includes(first('locale')) ? first('locale') : language;
      try {
        const sent = await sendFormAnswers({
          db: ctx.db,
          secret,
          survey,
          language,
          client: { address: request.ip },
          submission: { submission_id: submissionId, locale, answers: withoutHiddenAnswers(survey.document, read.answers), form_token: formToken, website: first('website') },
          group,
          invitationToken,
        });
        if (!sent.sent) return sendPage(reply, sent.state === 'used' ? 409 : 404, renderInvitationPage({ survey, language, state: sent.state, message: sent.message }), plainPolicy);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'rate_limited') return again(429, [], 'tooMany');
        if (error.code !== 'invalid_input') return sendMissing(request, reply, error, language);
        // A token refused for being too young ages by itself; one not ours or too old is replaced.
        const staleToken = error.details.some((detail) => detail.path === '/form_token' && detail.code !== 'too_quick');
        return again(400, error.details, undefined, staleToken ? issueFormToken({ code: survey.code, secret }) : formToken);
      }
      return reply.status(303).header('cache-control', 'no-store').redirect(`/s/${survey.code}/thanks?lang=${encodeURIComponent(language)}`);
    });
  });

  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  app.get('/api/surveys/:surveyId/preview', {
    schema: { tags, summary: 'The respondent page as the team previews it (HTML, framable by this application only): nothing is sent', params: SurveyParams, querystring: LanguageQuery, response: { 200: z.any().describe('The page, text/html'), ...standardErrors } },
    config: { access: ownedRowAccess('engagement.read', 'surveys', 'surveyId'), securityHeaders: ownPolicyHeaders() },
    handler: async (request, reply) => {
      const survey = await readPreviewSurvey({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId });
      const language = languageFor(request, survey, request.query.lang);
      const path = `/api/surveys/${request.params.surveyId}/preview`;
      const html = renderSurveyPage({
        survey,
        language,
        mode: 'preview',
        submissionId: randomUUID(),
        formToken: '',
        fields: {},
        problems: [],
        paths: { action: path, inLanguage: (other) => `${path}?lang=${encodeURIComponent(other)}`, submit: '', script: respondentScriptPath },
      });
      return sendPage(reply, 200, html, previewPolicy);
    },
  });

  app.post('/api/surveys/:surveyId/kiosk-link', {
    schema: {
      tags,
      summary: 'A kiosk link for a shared tablet at an event (48 hours): its responses are marked kiosk and exempt from the per-address limit',
      params: SurveyParams,
      response: { 201: KioskLink, ...standardErrors },
    },
    config: { access: ownedRowAccess('engagement.edit', 'surveys', 'surveyId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const scope = { db: ctx.db, organizationId: access.organizationId, surveyId: request.params.surveyId };
      const issued = await issueKioskToken({ ...scope, actor: actorFrom(access.principal), secret, publicUrl: ctx.config.publicUrl });
      const survey = await readSurvey(scope);
      // The token rides in the fragment, as reset tokens do: browsers never send it to a server or a log.
      return reply.status(201).send({ url: `${ctx.config.publicUrl}/s/${survey.public_code}/kiosk#k=${encodeURIComponent(issued.kiosk_token)}`, expires_at: issued.expires_at });
    },
  });

  /** The group whose link a flyer carries: 400 when the ref is of no group of the survey's cycle. */
  const flyerGroup = async (surveyId: string, organizationId: string, given: string) => {
    const ref = normalizeGroupRef(given);
    const found = (await listGroupLinks({ db: ctx.db, organizationId, surveyId, publicUrl: ctx.config.publicUrl })).groups.find((group) => group.ref === ref);
    if (!found) throw invalidInput('query/g', 'is not the link of a stakeholder group of the survey’s planning cycle', { code: 'invalid_choice' });
    return found;
  };

  await fastify.register(async (scope) => {
    const printer = sharedPdfPrinter(ctx, scope);
    scope.withTypeProvider<ZodTypeProvider>().get('/api/surveys/:surveyId/flyer.pdf', {
      schema: {
        tags,
        summary: 'A printable flyer (PDF, one page) in the survey’s first two languages with its link and a QR code; 409 until the survey has been opened',
        description: 'With g (a stakeholder group’s ref, GET /api/surveys/{surveyId}/group-links), the QR code and address are the group’s link: responses through it count for the group. 400 (query/g) for a ref of no group of the survey’s cycle.',
        params: SurveyParams,
        querystring: FlyerQuery,
        response: { 200: z.any().describe('The PDF'), ...standardErrors },
      },
      config: { access: ownedRowAccess('engagement.read', 'surveys', 'surveyId') },
      handler: async (request, reply) => {
        const survey = await readPreviewSurvey({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId });
        if (!survey.publicCode) throw new AppError('conflict', 'The flyer carries the survey’s public link, which it gets when it is first opened: open the survey, then print its flyer');
        const group = request.query.g === undefined ? undefined : await flyerGroup(request.params.surveyId, accessOf(request).organizationId, request.query.g);
        const url = `${ctx.config.publicUrl}/s/${survey.publicCode}${group ? `?g=${group.ref}` : ''}`;
        const html = await renderFlyer({ document: survey.document, organizationName: survey.organizationName, url, closesAt: survey.closesAt, pageTexts: survey.pageTexts });
        const title = `${survey.document.title[survey.document.languages[0]!] ?? 'survey'}${group ? ` - ${group.name}` : ''}`;
        const bytes = await printer.print(html, { footerText: `${survey.organizationName} · ${pageWordsIn(survey.document.languages[0]!, survey.pageTexts).word('flyerFooter').text}` });
        return reply.type('application/pdf').header('content-disposition', attachmentHeader(title, 'pdf')).send(bytes);
      },
    });
  });
}

const isSurvey = (value: unknown): value is PublicSurvey => typeof value === 'object' && value !== null && 'document' in value && 'code' in value;
const isFormFields = (value: unknown): value is FormFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => Array.isArray(entry) && entry.every((item) => typeof item === 'string'));
