import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { readerLanguage } from '../../http/reader-language.js';
import { pageLocaleOf } from '../conversation-page/conversation-page-messages.js';
import { conversationPageStylesHash } from '../conversation-page/conversation-page-styles.js';
import { PageParams } from '../conversation-page/conversation-page.schema.js';
import { readPublishedResults } from '../conversations/results/read-published-results.js';
import { chooseSurveyLanguage } from '../respondent/choose-language.js';
import { renderResultsNotFoundPage, renderResultsPage } from './render-results-page.js';

/** No script at all: the stylesheet by hash, no form, no fetch, framed by no one. */
const policy = ["default-src 'none'", `style-src ${conversationPageStylesHash}`, "img-src 'self' data:", "form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');
const ResultsPageQuery = z.object({ lang: z.string().max(35).optional() });

/** The public results page of a conversation, /c/:code/results, once the district published it (404 until then). */
export async function registerConversationResultsPageRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/c/:code/results',
    {
      schema: { hide: true, params: PageParams, querystring: ResultsPageQuery },
      config: { securityHeaders: { contentSecurityPolicy: false } },
      // The request log keeps the method and route only (no address, agent or query).
      logSerializers: { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const send = (status: number, html: string) =>
        reply.status(status).header('content-security-policy', policy).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
      const fallback: Locale = lang ? pageLocaleOf(lang) : readerLanguage(request);
      let results;
      try {
        results = await readPublishedResults({ db: ctx.db, code: request.params.code });
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return send(404, renderResultsNotFoundPage(fallback));
        throw error;
      }
      const language = chooseSurveyLanguage({ chosen: lang, acceptLanguage: request.headers['accept-language'], languages: results.languages });
      const path = `/c/${results.code}/results`;
      return send(200, renderResultsPage({ results, language, pageTexts: results.pageTexts, inLanguage: (other) => `${path}?lang=${encodeURIComponent(other)}` }));
    },
  );
}
