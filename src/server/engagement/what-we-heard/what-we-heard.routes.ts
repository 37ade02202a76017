import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { ownPolicyHeaders } from '../../http/security-headers.js';
import { draftPaths } from '../draft-page/draft-page-frame.js';
import { findPublishedPlan } from './find-published-plan.js';
import { heardPageStylesHash } from './heard-page-frame.js';
import { readWhatWeHeard } from './read-what-we-heard.js';
import { renderHeardNotFoundPage, renderHeardPage } from './render-heard-page.js';
import { HeardPageParams, HeardPageQuery, HeardParams, HeardQuery, SlugPageParams, WhatWeHeard } from './what-we-heard.schema.js';

/** No script at all: the stylesheet by hash, no form, no fetch, framed by no one. */
const policy = ["default-src 'none'", `style-src ${heardPageStylesHash}`, "img-src 'self' data:", "form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

/**
 * "What we heard, what we did" for an adopted plan, for anyone: as data, and as the public page
 * /p/:slug/plans/:planId/heard. Both 404 until the plan (the district's) has been adopted.
 */
export async function registerWhatWeHeardRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/public/districts/:slug/plans/:planId/heard', {
    schema: {
      tags: ['public comment'],
      summary: 'What the district heard while planning an adopted plan and what it did: each engagement of its cycle and public comment, who took part (small groups hidden), themes, dispositions and the changes they made, and what shaped each goal',
      params: HeardParams,
      querystring: HeardQuery,
      response: { 200: WhatWeHeard, ...standardErrors },
    },
    config: { access: publicAccess },
    handler: async (request) => readWhatWeHeard({ db: ctx.db, ...request.params, language: request.query.lang ?? readerLanguage(request), publicUrl: ctx.config.publicUrl }),
  });

  app.get(
    '/p/:slug/plans/:planId/heard',
    {
      schema: { hide: true, params: HeardPageParams, querystring: HeardPageQuery },
      config: { securityHeaders: ownPolicyHeaders() },
      // The request log keeps the method and route only (no address, agent or query).
      logSerializers: { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const locale = lang === 'es' || lang === 'en' ? lang : readerLanguage(request);
      const { slug, planId } = request.params;
      const send = (status: number, html: string) => reply.status(status).header('content-security-policy', policy).header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
      // A mistyped address gets the page's own 404, not a JSON error.
      if (!HeardParams.safeParse({ slug, planId }).success) return send(404, renderHeardNotFoundPage(locale, draftPaths.heard(slug, planId)));
      try {
        return send(200, renderHeardPage(await readWhatWeHeard({ db: ctx.db, slug, planId, language: locale, publicUrl: ctx.config.publicUrl }), locale));
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') return send(404, renderHeardNotFoundPage(locale, draftPaths.heard(slug, planId)));
        throw error;
      }
    },
  );

  // The progress page links here without knowing the plan: on to the page of the plan it publishes.
  app.get(
    '/p/:slug/heard',
    { schema: { hide: true, params: SlugPageParams, querystring: HeardPageQuery }, config: { securityHeaders: ownPolicyHeaders() } },
    async (request, reply) => {
      const { lang } = request.query;
      const locale = lang === 'es' || lang === 'en' ? lang : readerLanguage(request);
      try {
        const { slug, planId } = await findPublishedPlan({ db: ctx.db, slug: request.params.slug });
        return reply.redirect(`${draftPaths.heard(slug, planId)}${lang === 'es' ? '?lang=es' : ''}`, 302);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        return reply.status(404).header('content-security-policy', policy).type('text/html; charset=utf-8').send(renderHeardNotFoundPage(locale, `/p/${encodeURIComponent(request.params.slug)}/heard`));
      }
    },
  );
}
