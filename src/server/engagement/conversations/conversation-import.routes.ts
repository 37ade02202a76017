import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { COMMENTS_FILE, VOTES_FILE } from '../../../core/engagement/conversations/polis-export.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { AppError, invalidInput } from '../../errors.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { conversationAccess } from './conversation-access.js';
import { importPolisExport } from './import-polis-export.js';
import { ConversationParams, ImportSummary } from './conversations.schema.js';

/** A Polis export of 10,000 participants and 2,000 comments (about 225,000 votes) is some 12 MB of votes.csv. */
export const IMPORT_FILE_MAX_BYTES = 32 * 1024 * 1024;

/** Which of the two files a part is: by its field name ("comments", "votes") or its file name. */
function fileOf(fieldname: string, filename: string): 'comments' | 'votes' | null {
  for (const name of [fieldname, filename]) {
    if (name === 'comments' || name === COMMENTS_FILE) return 'comments';
    if (name === 'votes' || name === VOTES_FILE) return 'votes';
  }
  return null;
}

/** Bringing a Polis conversation in: the one route that takes multipart, so the parser is registered for it alone. */
export async function registerConversationImportRoutes(fastify: FastifyInstance, ctx: AppContext) {
  await fastify.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: IMPORT_FILE_MAX_BYTES, files: 2, fields: 4, parts: 6, fieldSize: 1024 } });
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.post('/api/conversations/:conversationId/import', {
      schema: {
        tags: ['conversations'],
        summary: 'Import a Polis export (comments.csv and votes.csv) into a vote-mode conversation',
        description:
          `Send multipart/form-data with two files, "${COMMENTS_FILE}" and "${VOTES_FILE}" (field names "comments" and "votes", or those file names), as Polis exports them; ` +
          `at most ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MB each (413 above). Polis's comment and voter ids are kept; comments it moderated out come in hidden; a voter's latest vote per comment counts. ` +
          'All or nothing: 400 names the file, line and column of every bad cell ("/votes.csv/57/vote"). 409 when the conversation already holds an import (a second one is refused, not merged) or rates rather than votes.',
        params: ConversationParams,
        response: { 200: ImportSummary, ...standardErrors, 413: ErrorResponse },
      },
      config: { access: conversationAccess('engagement.edit') },
      handler: async (request) => {
        if (!request.isMultipart()) {
          throw new AppError('invalid_input', `Send ${COMMENTS_FILE} and ${VOTES_FILE} as multipart/form-data`, [{ path: '', message: 'must be multipart/form-data with the two files', code: 'file_required' }]);
        }
        const files: { comments?: string; votes?: string } = {};
        for await (const part of request.parts()) {
          if (part.type !== 'file') continue;
          const which = fileOf(part.fieldname, part.filename);
          const content = await part.toBuffer();
          if (which) files[which] = content.toString('utf8');
        }
        if (files.comments === undefined) throw invalidInput(`/${COMMENTS_FILE}`, 'is required: the comments file of the Polis export', { code: 'file_required' });
        if (files.votes === undefined) throw invalidInput(`/${VOTES_FILE}`, 'is required: the votes file of the Polis export', { code: 'file_required' });
        const access = accessOf(request);
        return importPolisExport({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, conversationId: request.params.conversationId, files: { comments: files.comments, votes: files.votes } });
      },
    });
  });
}
