import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addSeedStatement } from './add-seed-statement.js';
import { closeConversation } from './close-conversation.js';
import { conversationAccess } from './conversation-access.js';
import { createConversation } from './create-conversation.js';
import { listConversationStatements } from './list-conversation-statements.js';
import { listConversations, readConversation } from './list-conversations.js';
import { moderateStatement } from './moderate-statement.js';
import { openConversation } from './open-conversation.js';
import { readOpinionGroups } from './read-opinion-groups.js';
import { replyToStatement } from './reply-to-statement.js';
import { updateConversation } from './update-conversation.js';
import { conversationUrlOf, presentConversation, presentConversationSummary } from './conversations.present.js';
import {
  Conversation,
  ConversationList,
  ConversationParams,
  DistrictParams,
  ModerationBody,
  NewConversationBody,
  OpenedConversation,
  OpinionGroupsResult,
  ReplyBody,
  SeedStatementBody,
  StatementParams,
  StatementReply,
  StatementsQuery,
  TeamStatement,
  TeamStatementList,
  UpdateConversationBody,
} from './conversations.schema.js';

/** The district's conversations: the team's reads and writes, moderation, replies and the opinion groups. */
export async function registerConversationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['conversations'];
  const publicUrl = ctx.config.publicUrl;
  const mailDelivers = ctx.mail.statusForNewMail === 'pending';
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId };
  };
  const reader = (request: FastifyRequest) => ({ db: ctx.db, organizationId: accessOf(request).organizationId });
  const oneStatement = async (request: FastifyRequest, conversationId: string, statementId: string) => {
    const [statement] = await listConversationStatements({ ...reader(request), conversationId, statementId, mayModerate: true });
    return statement!;
  };

  app.get('/api/districts/:districtId/conversations', {
    schema: { tags, summary: 'The district’s conversations, newest first, with their counts', params: DistrictParams, response: { 200: ConversationList, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => ({ conversations: (await listConversations(reader(request))).map((row) => presentConversationSummary(row, publicUrl)) }),
  });

  app.post('/api/districts/:districtId/conversations', {
    schema: {
      tags,
      summary: 'Start a conversation (a draft): a prompt people answer with ideas they rate (mode "rate") or vote on (mode "vote")',
      description: '400 names each field by JSON pointer (/mode, /prompt/es, /demographics/0/options ...) and stores nothing.',
      params: DistrictParams,
      body: NewConversationBody,
      response: { 201: Conversation, ...standardErrors },
    },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request, reply) => reply.status(201).send(presentConversation(await createConversation({ ...scope(request), values: request.body, mailDelivers }), publicUrl)),
  });

  app.get('/api/conversations/:conversationId', {
    schema: { tags, summary: 'A conversation: its prompt, settings, status, public link, counts and missing translations', params: ConversationParams, response: { 200: Conversation, ...standardErrors } },
    config: { access: conversationAccess('engagement.read') },
    handler: async (request) => presentConversation(await readConversation({ ...reader(request), conversationId: request.params.conversationId }), publicUrl),
  });

  app.patch('/api/conversations/:conversationId', {
    schema: {
      tags,
      summary: 'Change a conversation’s settings (what is not sent stays)',
      description: 'Once open only its words may change and languages be added (409 naming the field). 409 with the current conversation when `version` is stale.',
      params: ConversationParams,
      body: UpdateConversationBody,
      response: { 200: Conversation, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      const { version, ...changes } = request.body;
      return presentConversation(await updateConversation({ ...scope(request), conversationId: request.params.conversationId, version, changes, publicUrl, mailDelivers }), publicUrl);
    },
  });

  app.post('/api/conversations/:conversationId/open', {
    schema: {
      tags,
      summary: 'Open a conversation to participants; returns its public code and link',
      description: 'Refused (400, code missing_translation per text) while the prompt or a demographic question lacks a text in one of its languages. The code is kept when it is opened again.',
      params: ConversationParams,
      response: { 200: OpenedConversation, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      const opened = await openConversation({ ...scope(request), conversationId: request.params.conversationId });
      return { id: opened.id, status: 'open' as const, public_code: opened.code, public_url: conversationUrlOf(publicUrl, opened.code)! };
    },
  });

  app.post('/api/conversations/:conversationId/close', {
    schema: { tags, summary: 'Close a conversation: it takes no more statements or votes', params: ConversationParams, response: { 200: Conversation, ...standardErrors } },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => presentConversation(await closeConversation({ ...scope(request), conversationId: request.params.conversationId }), publicUrl),
  });

  app.get('/api/conversations/:conversationId/statements', {
    schema: {
      tags,
      summary: 'A conversation’s statements with their votes and replies, oldest first',
      description: 'Pending and hidden statements only for moderators (engagement.moderate); ?status= filters (the moderation queue is ?status=pending).',
      params: ConversationParams,
      querystring: StatementsQuery,
      response: { 200: TeamStatementList, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.read') },
    handler: async (request) => ({
      statements: await listConversationStatements({
        ...reader(request),
        conversationId: request.params.conversationId,
        status: request.query.status,
        mayModerate: accessOf(request).permissions.has('engagement.moderate'),
      }),
    }),
  });

  app.post('/api/conversations/:conversationId/statements', {
    schema: {
      tags,
      summary: 'Add a seed statement by the district’s team (accepted at once, labelled as the team’s)',
      params: ConversationParams,
      body: SeedStatementBody,
      response: { 201: TeamStatement, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request, reply) => {
      const { conversationId } = request.params;
      const statement = await addSeedStatement({ ...scope(request), conversationId, values: request.body });
      return reply.status(201).send(await oneStatement(request, conversationId, statement.id));
    },
  });

  app.post('/api/conversations/:conversationId/statements/:statementId/moderation', {
    schema: {
      tags,
      summary: 'Accept a statement, or hide it for a reason of the published moderation policy',
      description: 'A hidden statement keeps its votes for the statistics and leaves the participants’ lists and the map. Every decision is logged.',
      params: StatementParams,
      body: ModerationBody,
      response: { 200: TeamStatement, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.moderate') },
    handler: async (request) => {
      const { conversationId, statementId } = request.params;
      await moderateStatement({ ...scope(request), conversationId, statementId, decision: request.body.decision, reason: request.body.reason });
      return oneStatement(request, conversationId, statementId);
    },
  });

  app.put('/api/conversations/:conversationId/statements/:statementId/reply', {
    schema: {
      tags,
      summary: 'A leader’s reply to a statement, and later what the district did about it',
      description: 'Send the reply’s version as read (0 before the first); 409 with the current reply when someone wrote since. null removes a text; what is not sent stays.',
      params: StatementParams,
      body: ReplyBody,
      response: { 200: StatementReply, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      const { conversationId, statementId } = request.params;
      return replyToStatement({ ...scope(request), conversationId, statementId, version: request.body.version, reply: request.body.reply, whatWeDid: request.body.what_we_did });
    },
  });

  app.get('/api/conversations/:conversationId/opinion-groups', {
    schema: {
      tags,
      summary: 'Opinion groups of a vote-mode conversation by the published Polis method: groups, representative statements, consensus and bridging statements',
      description: 'Computed again only when votes or moderation changed since the last read. Participants are named as imported (Polis voter ids) when they were. 409 for a rate-mode conversation.',
      params: ConversationParams,
      response: { 200: OpinionGroupsResult, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.read') },
    handler: async (request) => readOpinionGroups({ ...reader(request), conversationId: request.params.conversationId }),
  });
}
