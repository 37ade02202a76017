import { z } from 'zod';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../../auth/checkpoint.js';
import type { AppContext } from '../../../context.js';
import { attachmentHeader } from '../../../documents/download-headers.js';
import { standardErrors } from '../../../http/common.schema.js';
import { conversationAccess } from '../conversation-access.js';
import { ConversationParams } from '../conversations.schema.js';
import { exportPolisFile, type PolisFile } from './export-polis-files.js';
import { exportRatingFile, type RatingFile } from './export-rating-files.js';

const tags = ['conversations'];
/** A file in the response body; OpenAPI cannot say more through zod. */
const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });
const promptOf = (prompt: unknown) => Object.values((prompt ?? {}) as Record<string, string>)[0] ?? 'conversation';

const polisFiles: Array<{ file: PolisFile; summary: string }> = [
  { file: 'comments', summary: 'The statements as Polis exports them (comments.csv): ids, authors, agree and disagree counts, moderated -1 for hidden ones' },
  { file: 'votes', summary: 'Every vote as Polis exports them (votes.csv): 1 agree, -1 disagree, 0 pass' },
  { file: 'participants-votes', summary: 'One row per participant as Polis exports them (participants-votes.csv): opinion group, counts, and a column per statement' },
];
const ratingFiles: Array<{ file: RatingFile; summary: string }> = [
  { file: 'ideas', summary: 'Every idea with its mean rating, Bayesian average and number of ratings, best first (CSV)' },
  { file: 'ratings', summary: 'Every rating: idea, participant number, stars (1-5) and day (CSV)' },
];

/**
 * A conversation's data for the district to keep or take elsewhere: vote mode in Polis's export
 * layout, rate mode as ideas and ratings. The team's only (engagement.read): participants appear
 * as numbers, never a device, an email or their demographic answers.
 */
export async function registerConversationExportRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const send = (reply: FastifyReply, prompt: unknown, name: string, csv: string) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader(`${promptOf(prompt).slice(0, 60)} ${name}`, 'csv', name)).send(csv);

  for (const { file: which, summary } of polisFiles) {
    app.get(`/api/conversations/:conversationId/export/${which}.csv`, {
      schema: { tags, summary, description: 'Vote-mode conversations only (409 for one that rates ideas). Polis ids are kept for imported data; the rest are numbered.', params: ConversationParams, response: file(`${which}.csv`) },
      config: { access: conversationAccess('engagement.read') },
      handler: async (request, reply) => {
        const { prompt, csv } = await exportPolisFile({ db: ctx.db, organizationId: accessOf(request).organizationId, conversationId: request.params.conversationId, file: which });
        return send(reply, prompt, which, csv);
      },
    });
  }
  for (const { file: which, summary } of ratingFiles) {
    app.get(`/api/conversations/:conversationId/export/${which}.csv`, {
      schema: { tags, summary, description: 'Rate-mode conversations only (409 for one where people vote).', params: ConversationParams, response: file(`${which}.csv`) },
      config: { access: conversationAccess('engagement.read') },
      handler: async (request, reply) => {
        const { prompt, csv } = await exportRatingFile({ db: ctx.db, organizationId: accessOf(request).organizationId, conversationId: request.params.conversationId, file: which });
        return send(reply, prompt, which, csv);
      },
    });
  }
}
