import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { STATEMENT_MAX_LENGTH } from '../../../core/engagement/conversations/conversation-format.js';
import { moderationPolicy } from '../../../core/engagement/moderation/moderation-policy.js';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { castVote } from './cast-vote.js';
import { joinConversation } from './join-conversation.js';
import { pickNextStatements } from './pick-next-statements.js';
import { postStatement } from './post-statement.js';
import { readPublicConversation } from './read-public-conversation.js';
import { sendEmailCode } from './send-email-code.js';
import { CodeParams, EmailCodeBody, EmailCodeSent, JoinBody, Joined, NextQuery, NextStatements, PostedStatement, PostStatementBody, PublicConversation, VoteAccepted, VoteBody } from './conversations.schema.js';

/**
 * What these routes log of a request: its method and route, never the participant's address,
 * agent or query (a participant's ref rides in /next's query), as the survey respondent routes do.
 */
const participantLogSerializers = { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) };

/** The participants' side, without sign-in: a conversation by its public code, joining, ideas, votes and what to show next. */
export async function registerConversationPublicRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['conversation participants'];
  const errors = { ...standardErrors, 410: ErrorResponse };
  const secret = ctx.config.sessionSecret;
  const notTakingPart = '404 for an unknown code, a draft or a conversation not open yet; 410 once it has closed (messages in the reader’s language, English or Spanish).';

  app.get('/api/public/conversations/:code', {
    schema: {
      tags,
      summary: 'What a participant needs to take part in an open conversation (for anyone with its code)',
      description: `The prompt, languages, how people respond, the moderation policy and the demographic questions. ${notTakingPart}`,
      params: CodeParams,
      response: { 200: PublicConversation, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: participantLogSerializers,
    handler: async (request, reply) => {
      const conversation = await readPublicConversation({ db: ctx.db, code: request.params.code, language: readerLanguage(request) });
      reply.header('cache-control', 'no-store');
      return {
        code: conversation.code,
        organization_name: conversation.organizationName,
        mode: conversation.mode,
        prompt: conversation.prompt,
        languages: conversation.languages,
        moderation: conversation.moderation,
        closes_at: conversation.closesAt ? conversation.closesAt.toISOString() : null,
        statement_max_length: STATEMENT_MAX_LENGTH,
        verify_email: conversation.verifyEmail,
        form_token: issueFormToken({ code: conversation.code, secret }),
        moderation_policy: moderationPolicy(),
        demographics: conversation.demographics,
      };
    },
  });

  app.post('/api/public/conversations/:code/email-codes', {
    schema: {
      tags,
      summary: 'Mail a six-digit code to a participant’s address, for a conversation that asks for a verified email',
      description: `201 with the ticket to send back with the code when joining (POST .../participants: email, email_code, email_ticket); the code works for 30 minutes. The address is not kept: only a keyed hash of it when the participant joins, and the message leaves the outbox once sent. 400 names the field (/email, /form_token); 429 past 30 codes an hour from one address or 5 to one email; 503 when the server sends no mail. ${notTakingPart}`,
      params: CodeParams,
      body: EmailCodeBody,
      response: { 201: EmailCodeSent, 503: ErrorResponse, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: participantLogSerializers,
    handler: async (request, reply) => {
      const language = readerLanguage(request);
      const conversation = await readPublicConversation({ db: ctx.db, code: request.params.code, language });
      const sent = await sendEmailCode({
        db: ctx.db,
        mail: ctx.mail,
        code: request.params.code,
        email: request.body.email,
        formToken: request.body.form_token,
        language,
        organizationName: conversation.organizationName,
        client: { address: request.ip },
        secret,
      });
      return reply.status(201).send({ ticket: sent.ticket, expires_at: sent.expiresAt.toISOString() });
    },
  });

  app.post('/api/public/conversations/:code/participants', {
    schema: {
      tags,
      summary: 'Join as a participant with the random id the device keeps; the same id joins as the same participant',
      description: `201 with the participant ref to send with statements and votes; 200 with the same ref when this device joined before. 400 names the field (/device_id, /form_token, /demographics/<key>); 429 past 120 joins an hour from one address. ${notTakingPart}`,
      params: CodeParams,
      body: JoinBody,
      response: { 200: Joined, 201: Joined, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: participantLogSerializers,
    handler: async (request, reply) => {
      const joined = await joinConversation({
        db: ctx.db,
        code: request.params.code,
        deviceId: request.body.device_id,
        formToken: request.body.form_token,
        demographics: request.body.demographics,
        email: emailOf(request.body),
        client: { address: request.ip },
        secret,
      });
      return reply.status(joined.created ? 201 : 200).send({ participant: joined.participant });
    },
  });

  app.post('/api/public/conversations/:code/statements', {
    schema: {
      tags,
      summary: 'Post an idea; statements that seem to say the same are pointed out first',
      description:
        `201 with the statement (pending under pre-moderation). 200 with posted: false and the similar statements when some were found: nothing is stored; send again with confirm: true to post anyway. ` +
        `400 names the field (/participant, /text, /language, /form_token); 429 past 60 ideas an hour from one address. ${notTakingPart}`,
      params: CodeParams,
      body: PostStatementBody,
      response: { 200: PostedStatement, 201: PostedStatement, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: participantLogSerializers,
    handler: async (request, reply) => {
      const { participant, text, language, form_token: formToken, confirm, website } = request.body;
      const posted = await postStatement({ db: ctx.db, code: request.params.code, participant, text, language, formToken, confirm, website, client: { address: request.ip }, secret });
      return reply.status(posted.posted ? 201 : 200).send(posted);
    },
  });

  app.post('/api/public/conversations/:code/votes', {
    schema: {
      tags,
      summary: 'Vote on a statement (agree 1, disagree -1, pass 0) or rate it (1 to 5); a later vote replaces an earlier one',
      description: `201 for a first vote, 200 when it replaced one. 400 names the field (/participant, /statement, /value). ${notTakingPart}`,
      params: CodeParams,
      body: VoteBody,
      response: { 200: VoteAccepted, 201: VoteAccepted, ...errors },
      security: [],
    },
    // Every vote goes through here (the issue's ingest target). It stores no text: the code is
    // normalized before it is looked up, the ref is matched by its pattern and signature, the
    // statement is a uuid and the value an integer, so the storable-text walk is left out.
    config: { access: publicAccess, checksStorableText: true },
    logSerializers: participantLogSerializers,
    // The answer is tiny and no participant's browser compresses a body: the hooks would only cost time.
    compress: false,
    decompress: false,
    // The answer repeats two fields the body schema already checked: written as is, not parsed again by zod.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request, reply) => {
      const { participant, statement, value } = request.body;
      const cast = await castVote({ db: ctx.db, code: request.params.code, participant, statement, value, client: { address: request.ip }, secret });
      return reply.status(cast.created ? 201 : 200).send({ statement, value });
    },
  });

  app.get('/api/public/conversations/:code/next', {
    schema: {
      tags,
      summary: 'The next statements to show a participant: never their own, none they answered',
      description: `Vote mode by Polis’s priority (new and divisive statements sooner); rate mode the least-seen first. 400 (query/participant) for a ref of another conversation. ${notTakingPart}`,
      params: CodeParams,
      querystring: NextQuery,
      response: { 200: NextStatements, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: participantLogSerializers,
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return pickNextStatements({ db: ctx.db, code: request.params.code, participant: request.query.participant, count: request.query.limit, secret });
    },
  });
}

/** The verified email a join carries, whole or not at all (400 names what is missing). */
export function emailOf(body: { email?: string; email_code?: string; email_ticket?: string }) {
  if (body.email === undefined) return undefined;
  return { address: body.email, code: body.email_code ?? '', ticket: body.email_ticket ?? '' };
}
