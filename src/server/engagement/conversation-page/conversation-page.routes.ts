import { randomBytes } from 'node:crypto';
import { publicPageOptions, publicPagePolicy } from '../../http/public-page.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { STATEMENT_MAX_LENGTH, statementText } from '../../../core/engagement/conversations/conversation-format.js';
import { SURVEY_FORMAT, type SurveyDocument } from '../../../core/engagement/survey-format.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { readerLanguage } from '../../http/reader-language.js';
import { castVote } from '../conversations/cast-vote.js';
import { joinConversation } from '../conversations/join-conversation.js';
import { participantOfRef } from '../conversations/participant-ref.js';
import { pickNextStatements } from '../conversations/pick-next-statements.js';
import { postStatement } from '../conversations/post-statement.js';
import { readPublicConversation } from '../conversations/read-public-conversation.js';
import { EmailCodeBody } from '../conversations/conversations.schema.js';
import { sendEmailCode } from '../conversations/send-email-code.js';
import { chooseSurveyLanguage } from '../respondent/choose-language.js';
import { answersFromFields, formFieldsOf, type FormFields } from '../respondent/form-fields.js';
import { sayerFor } from '../respondent/page-frame.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { pageLocaleOf, type ConversationPageKey } from './conversation-page-messages.js';
import { conversationScriptPath, conversationScriptSource } from './conversation-page-script.js';
import { conversationPageStylesHash } from './conversation-page-styles.js';
import { conversationPageRepo } from './conversation-page.repo.js';
import { PageParams, PageQuery } from './conversation-page.schema.js';
import { renderConversationPage, renderMissingConversationPage, type ConversationPageInput } from './render-conversation-page.js';

const policy = (hasScript: boolean) => publicPagePolicy({ stylesHash: conversationPageStylesHash, hasScript, formAction: hasScript ? "'self'" : "'none'" });
const pagePolicy = policy(true);
const plainPolicy = policy(false);
const pageOptions = publicPageOptions;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Without a script, the participant is remembered by a cookie holding their signed participant ref
 * (what the script keeps in localStorage), HttpOnly, for this conversation's path only, SameSite=Lax
 * so no other site's form can vote in their name. A cookie rather than a hidden field: the person
 * who reloads the page or comes back tomorrow stays the same participant, as with the script. It
 * holds no device id: the server draws a random one to join with, and only its keyed hash is kept.
 */
const cookieName = (code: string) => `wm_conversation_${code.replace(/[^A-Za-z0-9]/g, '')}`;
const COOKIE_DAYS = 180;

/** The participant's page of a conversation, /c/:code: the page, its form posts without a script, and its script. */
export async function registerConversationPageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const secret = ctx.config.sessionSecret;
  const secure = ctx.config.publicUrl.startsWith('https://');
  const sendPage = (reply: FastifyReply, status: number, html: string, csp = pagePolicy) =>
    reply.status(status).header('content-security-policy', csp).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  /** 404 or 410 in the reader's language, with the lookup's own message; any other error goes on. */
  const sendMissing = (reply: FastifyReply, error: unknown, locale: Locale) => {
    if (!(error instanceof AppError) || (error.code !== 'not_found' && error.code !== 'gone')) throw error;
    const status = error.code === 'gone' ? 410 : 404;
    return sendPage(reply, status, renderMissingConversationPage({ locale, status, message: error.message }), plainPolicy);
  };
  const localeOf = (request: FastifyRequest, lang?: string): Locale => (lang ? pageLocaleOf(lang) : readerLanguage(request));
  const find = (code: string, locale: Locale) => readPublicConversation({ db: ctx.db, code, language: locale }).catch((error: unknown) => ({ error }));
  type Found = Awaited<ReturnType<typeof readPublicConversation>>;

  /** The participant ref of the cookie when it is one of this conversation's, else null. */
  const participantOf = (request: FastifyRequest, conversation: Found) => {
    const ref = request.cookies[cookieName(conversation.code)];
    return ref && participantOfRef({ secret, conversationId: conversation.conversationId, ref }) ? ref : null;
  };

  /** Everything the page needs for this reader; the current idea and the count when the server knows the participant. */
  const pageInput = async (conversation: Found, language: string, participant: string | null, overrides: Partial<ConversationPageInput> = {}): Promise<ConversationPageInput> => {
    let current: ConversationPageInput['current'] = null;
    let answered = 0;
    if (participant) {
      const next = await pickNextStatements({ db: ctx.db, code: conversation.code, participant, count: 1, secret });
      current = next.statements[0] ?? null;
      answered = await conversationPageRepo.countResponses(ctx.db, participantOfRef({ secret, conversationId: conversation.conversationId, ref: participant })!);
    }
    const path = `/c/${conversation.code}`;
    return {
      conversation,
      language,
      pageTexts: await readPageTexts({ db: ctx.db, organizationId: conversation.organizationId, languages: [language] }),
      formToken: issueFormToken({ code: conversation.code, secret }),
      participant,
      current,
      answered,
      paths: {
        action: `${path}?lang=${encodeURIComponent(language)}`,
        inLanguage: (other) => `${path}?lang=${encodeURIComponent(other)}`,
        api: `/api/public/conversations/${conversation.code}`,
        script: conversationScriptPath,
      },
      maxLength: STATEMENT_MAX_LENGTH,
      ...overrides,
    };
  };

  fastify.get(conversationScriptPath, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(conversationScriptSource),
  );

  await fastify.register(async (scope) => {
    // Only this page's forms post form-encoded in this scope; the API stays JSON.
    scope.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, formFieldsOf(body as string)));
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.get('/c/:code', { schema: { hide: true, params: PageParams, querystring: PageQuery }, ...pageOptions }, async (request, reply) => {
      const { lang, posted } = request.query;
      const found = await find(request.params.code, localeOf(request, lang));
      if ('error' in found) return sendMissing(reply, found.error, localeOf(request, lang));
      const language = chooseSurveyLanguage({ chosen: lang, acceptLanguage: request.headers['accept-language'], languages: found.languages });
      const notice = posted ? { key: posted === 'pending' ? ('postedPending' as const) : ('postedAccepted' as const), at: 'idea' as const } : undefined;
      return sendPage(reply, 200, renderConversationPage(await pageInput(found, language, participantOf(request, found), notice ? { notice } : {})));
    });

    // Without a script: start (join), vote on the current idea, or post an idea, through the same
    // use-cases as the JSON API; each success redirects to the page (post/redirect/get).
    app.post('/c/:code', { schema: { hide: true, params: PageParams, querystring: PageQuery }, ...pageOptions }, async (request, reply) => {
      const fields: FormFields = isFormFields(request.body) ? request.body : {};
      const first = (name: string) => fields[name]?.[0] ?? '';
      const lang = request.query.lang;
      const found = await find(request.params.code, localeOf(request, lang));
      if ('error' in found) return sendMissing(reply, found.error, localeOf(request, lang));
      const language = chooseSurveyLanguage({ chosen: lang, acceptLanguage: request.headers['accept-language'], languages: found.languages });
      const locale = pageLocaleOf(language);
      const page = `/c/${found.code}?lang=${encodeURIComponent(language)}`;
      const formToken = first('form_token').slice(0, 200);
      const client = { address: request.ip };
      let participant = participantOf(request, found);
      const again = async (status: number, overrides: Partial<ConversationPageInput>) => sendPage(reply, status, renderConversationPage(await pageInput(found, language, participant, overrides)));
      const action = first('action');

      const address = first('email').trim().slice(0, 254);
      const email = found.verifyEmail ? { address, ticket: first('email_ticket').slice(0, 200) || null } : undefined;
      try {
        if (action === 'email-code' && found.verifyEmail) {
          if (!EmailCodeBody.shape.email.safeParse(address).success) return await again(400, { notice: { key: address ? 'emailInvalid' : 'emailNeeded', at: 'email', warn: true }, email: { address, ticket: null } });
          const sent = await sendEmailCode({ db: ctx.db, mail: ctx.mail, code: found.code, email: address, formToken, language: locale, organizationName: found.organizationName, client, secret });
          // The page keeps its form token: the start that follows must not wait for a new one to age.
          return await again(200, { notice: { key: 'codeSent', at: 'email', values: { email: address } }, email: { address, ticket: sent.ticket }, formToken });
        }
        if (action === 'join') {
          const document: SurveyDocument = { format: SURVEY_FORMAT, title: found.prompt, mode: 'anonymous', languages: found.languages, questions: found.demographics };
          const demographics = found.demographics.length ? answersFromFields(document, fields).answers : undefined;
          const verified = email?.ticket ? { address, code: first('email_code'), ticket: email.ticket } : undefined;
          const joined = await joinConversation({ db: ctx.db, code: found.code, deviceId: randomBytes(18).toString('hex'), formToken, demographics, email: verified, client, secret });
          reply.setCookie(cookieName(found.code), joined.participant, { httpOnly: true, sameSite: 'lax', secure, path: `/c/${found.code}`, maxAge: COOKIE_DAYS * 86_400 });
          return reply.status(303).header('cache-control', 'no-store').redirect(`${page}#respond`);
        }
        if (!participant) return await again(400, { notice: { key: 'startAgain', at: 'join', warn: true } });
        if (action === 'vote') {
          if (!UUID.test(first('statement'))) return await again(400, { notice: { key: 'formProblem', at: 'respond', warn: true } });
          await castVote({ db: ctx.db, code: found.code, participant, statement: first('statement'), value: Number(first('value') || Number.NaN), client, secret });
          return reply.status(303).header('cache-control', 'no-store').redirect(`${page}#respond`);
        }
        if (action === 'idea') {
          const text = statementText.safeParse(first('text'));
          if (!text.success) return await again(400, { notice: { key: first('text').trim() ? 'formProblem' : 'emptyIdea', at: 'idea', warn: true }, idea: { text: first('text'), similar: [] } });
          const posted = await postStatement({ db: ctx.db, code: found.code, participant, text: text.data, language, formToken, confirm: first('confirm') === '1', website: first('website'), client, secret });
          // The token was taken (it is checked before similar ideas are looked for): the page keeps it, so "post mine anyway" is taken at once.
          if (!posted.posted) return await again(200, { idea: { text: text.data, similar: posted.similar }, formToken });
          return reply.status(303).header('cache-control', 'no-store').redirect(`${page}&posted=${posted.statement?.status === 'pending' ? 'pending' : 'accepted'}#idea-title`);
        }
        return reply.status(303).header('cache-control', 'no-store').redirect(page);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const at = action === 'join' ? 'join' : action === 'idea' ? 'idea' : 'respond';
        const idea = action === 'idea' ? { idea: { text: first('text'), similar: [] } } : {};
        const emailState = email ? { email } : {};
        if (error.code === 'rate_limited') return again(429, { notice: { key: 'tooMany', at: action === 'email-code' ? 'email' : at, warn: true }, ...idea, ...emailState });
        if (error.code === 'unavailable') return again(503, { notice: { key: 'mailUnavailable', at: 'email', warn: true }, ...emailState });
        const emailProblem = error.code === 'invalid_input' ? emailNotice(error.details) : null;
        if (emailProblem) return again(400, { notice: { ...emailProblem, warn: true }, ...emailState, ...(emailProblem.at === 'join' ? { formToken } : {}) });
        if (error.code !== 'invalid_input') return sendMissing(reply, error, locale);
        if (error.details.some((detail) => detail.path === '/participant')) {
          participant = null;
          return again(400, { notice: { key: 'startAgain', at: 'join', warn: true } });
        }
        const tooQuick = error.details.some((detail) => detail.path === '/form_token' && detail.code === 'too_quick');
        // The demographic answers refused, each said under its question in the page's words.
        const { problem } = sayerFor(language);
        const errors = new Map<string, string[]>();
        for (const detail of error.details) {
          const key = /^\/demographics\/([^/]+)/.exec(detail.path)?.[1];
          if (key) errors.set(key, [...(errors.get(key) ?? []), problem(detail.code, detail.params)]);
        }
        const join = action === 'join' ? { join: { fields, errors } } : {};
        // A token refused only for being young ages by itself: the page keeps it, so the next send is taken.
        const token = tooQuick ? { formToken } : {};
        return again(400, { notice: { key: tooQuick ? 'tooQuick' : 'formProblem', at: action === 'email-code' ? 'email' : at, warn: true }, ...idea, ...join, ...token, ...emailState });
      }
    });
  });
}

/** What the page says when the verified email was refused: a wrong or expired code under the code, the rest under the address. */
function emailNotice(details: readonly { path: string; code?: string }[]): { key: ConversationPageKey; at: 'join' | 'email' } | null {
  const detail = details.find((d) => d.path === '/email' || d.path === '/email_code');
  if (!detail) return null;
  if (detail.path === '/email_code') return { key: detail.code === 'expired' ? 'codeExpired' : 'codeWrong', at: 'join' };
  return { key: detail.code === 'other_email' ? 'otherEmail' : detail.code === 'required' ? 'emailNeeded' : 'emailInvalid', at: 'email' };
}

const isFormFields = (value: unknown): value is FormFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => Array.isArray(entry) && entry.every((item) => typeof item === 'string'));
