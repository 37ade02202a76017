import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../../auth/checkpoint.js';
import type { AppContext } from '../../../context.js';
import { attachmentHeader } from '../../../documents/download-headers.js';
import { standardErrors } from '../../../http/common.schema.js';
import { readerLanguage } from '../../../http/reader-language.js';
import { actorFrom } from '../../../platform/audit/actor.js';
import { toCsv } from '../../surveys/survey-spreadsheets.js';
import { conversationAccess } from '../conversation-access.js';
import { ConversationParams, StatementParams, TeamStatement } from '../conversations.schema.js';
import { listConversationStatements } from '../list-conversation-statements.js';
import { exportModerationLog } from './export-moderation-log.js';
import { TranslationBody } from './moderation.schema.js';
import { translateStatement } from './translate-statement.js';

/** Moderation's own resources beside the queue: the log as a file and the team's translations of statements. */
export async function registerModerationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['conversations'];
  const organizationId = (request: FastifyRequest) => accessOf(request).organizationId;

  app.get('/api/conversations/:conversationId/moderation-log.csv', {
    schema: {
      tags,
      summary: 'Every moderation decision of the conversation as CSV, oldest first',
      description:
        'Columns: time (UTC), statement_id, polis_comment_id, statement, decision (accepted | hidden), reason (the published policy’s key), reason_text (its wording in the reader’s language, by Accept-Language), moderator (who decided, by name).',
      params: ConversationParams,
      response: { 200: z.any().describe('The CSV file'), ...standardErrors },
    },
    config: { access: conversationAccess('engagement.moderate') },
    handler: async (request, reply) => {
      const { header, rows } = await exportModerationLog({ db: ctx.db, organizationId: organizationId(request), conversationId: request.params.conversationId, locale: readerLanguage(request) });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader('Moderation log', 'csv')).send(toCsv(header, rows));
    },
  });

  app.put('/api/conversations/:conversationId/statements/:statementId/translations', {
    schema: {
      tags,
      summary: 'Add, change or remove the team’s translation of a statement into one of the conversation’s languages',
      description:
        'Participants reading in that language see it beside the original. `text` null removes it. 400 names the field (/language when it is not one of the conversation’s languages or is the statement’s own); 409 with the current translations and version when `version` is stale.',
      params: StatementParams,
      body: TranslationBody,
      response: { 200: TeamStatement, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.moderate') },
    handler: async (request) => {
      const { conversationId, statementId } = request.params;
      const scope = { db: ctx.db, actor: actorFrom(accessOf(request).principal), organizationId: organizationId(request) };
      await translateStatement({ ...scope, conversationId, statementId, language: request.body.language, text: request.body.text, version: request.body.version });
      const [statement] = await listConversationStatements({ db: ctx.db, organizationId: scope.organizationId, conversationId, statementId, mayModerate: true });
      return statement!;
    },
  });
}
