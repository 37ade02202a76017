import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../../auth/checkpoint.js';
import type { AppContext } from '../../../context.js';
import { standardErrors } from '../../../http/common.schema.js';
import { actorFrom } from '../../../platform/audit/actor.js';
import { conversationAccess } from '../conversation-access.js';
import { ConversationParams } from '../conversations.schema.js';
import { ConversationResults, ResultsPublication, ResultsQuery } from './conversation-results.schema.js';
import { readConversationResults } from './read-conversation-results.js';
import { setResultsPublication } from './set-results-publication.js';

/** A conversation's results for the team, and publishing them on the public results page. */
export async function registerConversationResultsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['conversations'];
  const publicUrl = ctx.config.publicUrl;
  const publish = (request: FastifyRequest, conversationId: string, isPublished: boolean) => {
    const { principal, organizationId } = accessOf(request);
    return setResultsPublication({ db: ctx.db, actor: actorFrom(principal), organizationId, conversationId, isPublished, publicUrl });
  };

  app.get('/api/conversations/:conversationId/results', {
    schema: {
      tags,
      summary: 'A conversation’s results: participation over time, representation and (rate mode) top ideas, by group and where groups differ',
      description:
        'Ideas are ranked by a Bayesian average (see ARCHITECTURE.md). ?by= a single-choice demographic question’s key breaks rate mode’s top ideas down by its answers (400 at query/by otherwise). Groups under the district’s threshold come as {"suppressed": true}; hidden statements’ ratings count but they are never listed.',
      params: ConversationParams,
      querystring: ResultsQuery,
      response: { 200: ConversationResults, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.read') },
    handler: async (request) =>
      readConversationResults({ db: ctx.db, organizationId: accessOf(request).organizationId, conversationId: request.params.conversationId, by: request.query.by ?? null, publicUrl }),
  });

  app.put('/api/conversations/:conversationId/results/publication', {
    schema: {
      tags,
      summary: 'Publish the conversation’s public results page (/c/<code>/results)',
      description: '409 for a conversation never opened (it has no public link yet). Logged.',
      params: ConversationParams,
      response: { 200: ResultsPublication, ...standardErrors },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => publish(request, request.params.conversationId, true),
  });

  app.delete('/api/conversations/:conversationId/results/publication', {
    schema: { tags, summary: 'Take the public results page down (it is 404 again)', params: ConversationParams, response: { 200: ResultsPublication, ...standardErrors } },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => publish(request, request.params.conversationId, false),
  });
}
