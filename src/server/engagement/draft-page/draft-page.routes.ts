import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { ownPolicyHeaders } from '../../http/security-headers.js';
import { readerLanguage } from '../../http/reader-language.js';
import { commentWords } from '../public-comment/comment-mail.js';
import { confirmCommentEmail } from '../public-comment/confirm-comment-email.js';
import { findDraftForComment } from '../public-comment/find-draft-for-comment.js';
import { postPublicComment } from '../public-comment/post-public-comment.js';
import { PostCommentBody } from '../public-comment/public-comment.schema.js';
import { formFieldsOf, type FormFields } from '../respondent/form-fields.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { commentProblems } from './comment-problems.js';
import { draftPaths, inLanguage } from './draft-page-frame.js';
import { draftScriptPath, draftScriptSource } from './draft-page-script.js';
import { draftPageStylesHash } from './draft-page-styles.js';
import { CommentPageQuery, ConfirmQuery, DraftPageParams, DraftPageQuery, ThanksQuery } from './draft-page.schema.js';
import { readDraftPage } from './read-draft-page.js';
import type { CommentFields } from './render-comment-form.js';
import { renderCommentPage, renderConfirmPage, renderDraftPage, renderMissingDraftPage, renderThanksPage, type DraftPageRequest } from './render-draft-page.js';

/**
 * The pages' own Content-Security-Policy: the one stylesheet by hash, the one script from this
 * server (no inline code) on the draft itself, fetches and form posts only here, framed by no one.
 */
const policy = (options: { hasScript: boolean; hasForm: boolean }) =>
  [
    "default-src 'none'",
    options.hasScript ? "script-src 'self'" : '',
    `style-src ${draftPageStylesHash}`,
    options.hasScript ? "connect-src 'self'" : '',
    "img-src 'self' data:",
    `form-action ${options.hasForm ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ]
    .filter(Boolean)
    .join('; ');

/** The page sets its policy itself; the request log keeps the method and route only (never a confirmation token, an address or a query). */
const pageOptions = {
  config: { securityHeaders: ownPolicyHeaders() },
  logSerializers: { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) },
} as const;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const commentFields = ['element_key', 'quote', 'body', 'name', 'email', 'role', 'school_id'] as const;

/** The district's draft out for comment, /p/:slug/draft: the page, its form without a script, the thanks, the mailed link's landing, and the script. */
export async function registerDraftPageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.sessionSecret;
  const send = (reply: FastifyReply, status: number, html: string, csp: { hasScript: boolean; hasForm: boolean }) =>
    reply.status(status).header('content-security-policy', policy(csp)).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  const localeOf = (request: FastifyRequest, lang: Locale | undefined): Locale => lang ?? readerLanguage(request);
  const requestFor = (windowId: string, locale: Locale, formToken?: string): DraftPageRequest => ({
    locale,
    formToken: formToken ?? issueFormToken({ code: windowId, secret }),
    // A new id for every page drawn: two readers of a cached page must never share one.
    submissionId: randomUUID(),
    scriptPath: draftScriptPath,
  });
  /** The draft, or the 404 page when the district has none out (any other error goes on). */
  const read = (slug: string, locale: Locale) => readDraftPage({ db: ctx.db, slug, language: locale }).catch((error: unknown) => ({ error }));
  const missing = (reply: FastifyReply, error: unknown, locale: Locale, slug: string) => {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    return send(reply, 404, renderMissingDraftPage({ locale, slug }), { hasScript: false, hasForm: false });
  };

  fastify.get(draftScriptPath, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(draftScriptSource),
  );

  await fastify.register(async (scope) => {
    // Only this form posts form-encoded in this scope; the public API stays JSON.
    scope.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, formFieldsOf(body as string)));
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.get('/p/:slug/draft', { schema: { hide: true, params: DraftPageParams, querystring: DraftPageQuery }, ...pageOptions }, async (request, reply) => {
      const locale = localeOf(request, request.query.lang);
      const page = await read(request.params.slug, locale);
      if ('error' in page) return missing(reply, page.error, locale, request.params.slug);
      const isOpen = page.state === 'open';
      return send(reply, 200, renderDraftPage(page, requestFor(page.window.id, locale)), { hasScript: isOpen, hasForm: isOpen });
    });

    app.get('/p/:slug/draft/comment', { schema: { hide: true, params: DraftPageParams, querystring: CommentPageQuery }, ...pageOptions }, async (request, reply) => {
      const locale = localeOf(request, request.query.lang);
      const page = await read(request.params.slug, locale);
      if ('error' in page) return missing(reply, page.error, locale, request.params.slug);
      const html = renderCommentPage(page, requestFor(page.window.id, locale), { elementKey: request.query.element?.trim() || null });
      return send(reply, 200, html, { hasScript: false, hasForm: page.state === 'open' });
    });

    // Without a script: the same use-case as the public API; a comment taken redirects to the
    // thanks (post/redirect/get), a refused one draws the form again with each problem at its field.
    app.post('/p/:slug/draft/comments', { schema: { hide: true, params: DraftPageParams, querystring: DraftPageQuery }, ...pageOptions }, async (request, reply) => {
      const posted: FormFields = isFormFields(request.body) ? request.body : {};
      const first = (name: string) => posted[name]?.[0] ?? '';
      const locale = localeOf(request, request.query.lang);
      const { slug } = request.params;
      const fields: CommentFields = Object.fromEntries(commentFields.map((name) => [name, first(name)]));
      const formToken = first('form_token').slice(0, 200);
      const submissionId = first('submission_id');
      const again = async (status: number, problems: ReturnType<typeof commentProblems>, keepToken: boolean) => {
        const page = await read(slug, locale);
        if ('error' in page) return missing(reply, page.error, locale, slug);
        const request = { ...requestFor(page.window.id, locale, keepToken ? formToken : undefined), ...(submissionId ? { submissionId } : {}) };
        const html = renderCommentPage(page, request, { elementKey: fields.element_key?.trim() || null, form: { fields, problems: problems.problems, ...(problems.notice ? { notice: problems.notice } : {}) } });
        return send(reply, status, html, { hasScript: false, hasForm: page.state === 'open' });
      };
      const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
      const input = PostCommentBody.safeParse({
        element_key: optional(fields.element_key),
        quote: optional(fields.quote),
        body: fields.body ?? '',
        submission_id: submissionId,
        name: optional(fields.name),
        email: optional(fields.email),
        role: optional(fields.role),
        school_id: optional(fields.school_id),
        language: locale,
        form_token: optional(formToken),
        website: first('website').slice(0, 500),
      });
      if (!input.success) return again(400, commentProblems(input.error.issues.map((issue) => ({ path: `/${issue.path.join('/')}` })), fields, locale), true);
      try {
        const comment = await postPublicComment({ db: ctx.db, mail: ctx.mail, publicUrl: ctx.config.publicUrl, slug, input: input.data, client: { address: request.ip }, secret });
        const thanks = `${inLanguage(draftPaths.thanks(slug), locale)}${locale === 'en' ? '?' : '&'}status=${comment.status}`;
        return reply.status(303).header('cache-control', 'no-store').redirect(thanks);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'invalid_input') {
          const problems = commentProblems(error.details, fields, locale);
          return again(400, problems, problems.notice === 'tooQuick');
        }
        if (error.code === 'rate_limited') return again(429, { problems: new Map(), notice: 'tooMany' }, true);
        if (error.code === 'unavailable') return again(503, { problems: new Map(), notice: 'serverBusy' }, true);
        // Closed since the page was drawn: the page says so in place of the form.
        if (error.code === 'forbidden') return again(403, { problems: new Map() }, true);
        return missing(reply, error, locale, slug);
      }
    });

    app.get('/p/:slug/draft/thanks', { schema: { hide: true, params: DraftPageParams, querystring: ThanksQuery }, ...pageOptions }, async (request, reply) => {
      const locale = localeOf(request, request.query.lang);
      const found = await findDraftForComment({ db: ctx.db, slug: request.params.slug, language: locale }).catch((error: unknown) => ({ error }));
      if ('error' in found) return missing(reply, found.error, locale, request.params.slug);
      const said = commentWords[locale];
      const message = request.query.status === 'unconfirmed' ? said.confirm : found.window.show_comments ? said.thanksShown : said.thanks;
      return send(reply, 200, renderThanksPage({ locale, districtName: found.district.name, slug: found.district.slug, message }), { hasScript: false, hasForm: false });
    });

    // The mailed link: confirms once and says so in the comment's language; a used or broken link says so plainly.
    app.get('/p/:slug/draft/confirm', { schema: { hide: true, params: DraftPageParams, querystring: ConfirmQuery }, ...pageOptions }, async (request, reply) => {
      const fallback = localeOf(request, request.query.lang);
      try {
        const confirmed = await confirmCommentEmail({ db: ctx.db, token: request.query.t ?? '' });
        return send(reply, 200, renderConfirmPage({ locale: request.query.lang ?? confirmed.language, slug: confirmed.slug, isConfirmed: true }), { hasScript: false, hasForm: false });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        return send(reply, 404, renderConfirmPage({ locale: fallback, slug: request.params.slug, isConfirmed: false }), { hasScript: false, hasForm: false });
      }
    });
  });
}

const isFormFields = (value: unknown): value is FormFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => Array.isArray(entry) && entry.every((item) => typeof item === 'string'));
