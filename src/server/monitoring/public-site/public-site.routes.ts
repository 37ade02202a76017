import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, planAccess, publicAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { ownPolicyHeaders } from '../../http/security-headers.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { listPublicTexts } from './list-public-texts.js';
import { publicSiteRepo } from './public-site.repo.js';
import { presentPublicSite } from './public-site.present.js';
import { readPublicPlan } from './read-public-plan.js';
import { renderPublicGoalPage, renderPublicPlanPage, renderPublicWidget } from './render-public-page.js';
import { savePublicSite } from './save-public-site.js';
import { saveTranslations } from './save-translations.js';
import {
  DistrictParams,
  GoalPageParams,
  LanguageQuery,
  PlanParams,
  PublicPlan,
  PublicSiteSettings,
  PublicSiteSettingsBody,
  SlugParams,
  TranslationList,
  TranslationsBody,
} from './public-site.schema.js';

// The pages carry their own styles and no script; the widget may be framed by the district's site.
// This policy replaces the application's (src/server/http/security-headers.ts); the other security headers stay.
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const notPublished = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title></head><body><main><h1>This page is not published</h1><p>The district has not published a progress page at this address.</p></main></body></html>`;

/** The district's public progress site (HTML for people, JSON for anyone) and its settings for planners. */
export async function registerPublicSiteRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['public site'];
  const today = () => new Date().toISOString().slice(0, 10);

  app.get('/api/public/districts/:slug/plan', {
    schema: { tags, summary: 'Exactly what the district’s public progress page shows, for anyone', params: SlugParams, querystring: LanguageQuery, response: { 200: PublicPlan, ...standardErrors } },
    config: { access: publicAccess },
    handler: async (request) => readPublicPlan({ db: ctx.db, slug: request.params.slug, language: request.query.lang ?? 'en' }),
  });

  const page = async (reply: FastifyReply, render: () => Promise<string>, options: { isFramable?: boolean } = {}) => {
    reply.header('content-security-policy', `${PAGE_POLICY}; frame-ancestors ${options.isFramable ? '*' : "'self'"}`).header('cache-control', 'public, max-age=60');
    try {
      return reply.type('text/html; charset=utf-8').send(await render());
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return reply.status(404).type('text/html; charset=utf-8').send(notPublished);
      throw error;
    }
  };
  app.get('/p/:slug', { schema: { hide: true, params: SlugParams, querystring: LanguageQuery }, config: { securityHeaders: ownPolicyHeaders() } }, (request, reply) =>
    page(reply, async () => renderPublicPlanPage(await readPublicPlan({ db: ctx.db, slug: request.params.slug, language: request.query.lang ?? 'en' }))),
  );
  app.get('/p/:slug/goals/:goalKey', { schema: { hide: true, params: GoalPageParams, querystring: LanguageQuery }, config: { securityHeaders: ownPolicyHeaders() } }, (request, reply) =>
    page(reply, async () => {
      const plan = await readPublicPlan({ db: ctx.db, slug: request.params.slug, language: request.query.lang ?? 'en' });
      const goal = plan.goals.find((g) => g.key === request.params.goalKey);
      if (!goal) throw new AppError('not_found', 'Goal not found');
      return renderPublicGoalPage(plan, goal);
    }),
  );
  app.get('/p/:slug/widget', { schema: { hide: true, params: SlugParams, querystring: LanguageQuery }, config: { securityHeaders: ownPolicyHeaders({ isFramable: true }) } }, (request, reply) =>
    page(reply, async () => renderPublicWidget(await readPublicPlan({ db: ctx.db, slug: request.params.slug, language: request.query.lang ?? 'en' })), { isFramable: true }),
  );

  app.get('/api/districts/:districtId/public-site', {
    schema: { tags, summary: 'The public site’s settings: its plan, whether it is published, what is kept off it', params: DistrictParams, response: { 200: PublicSiteSettings, ...standardErrors } },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      const [district, site] = await Promise.all([publicSiteRepo.findDistrict(ctx.db, organizationId), publicSiteRepo.findSite(ctx.db, organizationId)]);
      return presentPublicSite(site, district!.slug);
    },
  });

  app.put('/api/districts/:districtId/public-site', {
    schema: { tags, summary: 'Choose, publish or withdraw the public site', params: DistrictParams, body: PublicSiteSettingsBody, response: { 200: PublicSiteSettings, ...standardErrors } },
    config: { access: organizationAccess('monitoring.manage', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      return savePublicSite({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, values: request.body });
    },
  });

  app.get('/api/plans/:planId/public-texts', {
    schema: { tags, summary: 'Every public text of the plan with its translations', params: PlanParams, response: { 200: TranslationList, ...standardErrors } },
    config: { access: planAccess('monitoring.read') },
    handler: async (request) => listPublicTexts({ db: ctx.db, organizationId: accessOf(request).organizationId, planId: request.params.planId, today: today() }),
  });

  app.put('/api/plans/:planId/public-texts', {
    schema: { tags, summary: 'Save translations of public texts (an empty text removes one)', params: PlanParams, body: TranslationsBody, response: { 200: TranslationList, ...standardErrors } },
    config: { access: planAccess('monitoring.manage') },
    handler: async (request) => {
      const access = accessOf(request);
      await saveTranslations({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, planId: request.params.planId, translations: request.body.translations });
      return listPublicTexts({ db: ctx.db, organizationId: access.organizationId, planId: request.params.planId, today: today() });
    },
  });
}
