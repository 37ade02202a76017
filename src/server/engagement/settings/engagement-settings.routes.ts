import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { DistrictParams, EngagementSettings, EngagementSettingsBody } from './engagement-settings.schema.js';
import { readEngagementSettings } from './read-engagement-settings.js';
import { saveEngagementSettings } from './save-engagement-settings.js';

/** The district's engagement settings: the smallest group results show, the representation gap flagged, the respondent page's words in further languages. */
export async function registerEngagementSettingsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['engagement settings'];

  app.get('/api/districts/:districtId/engagement-settings', {
    schema: { tags, summary: 'The smallest group survey results show, the representation gap that is flagged, and the survey and conversation pages’ words in languages other than English and Spanish', params: DistrictParams, response: { 200: EngagementSettings, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => readEngagementSettings({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });

  app.put('/api/districts/:districtId/engagement-settings', {
    schema: { tags, summary: 'Change the engagement settings (administrators); 400 naming each page text refused by its JSON pointer, 409 on a stale version', params: DistrictParams, body: EngagementSettingsBody, response: { 200: EngagementSettings, ...standardErrors } },
    config: { access: organizationAccess('engagement.manage', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, ...values } = request.body;
      return saveEngagementSettings({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, version, values });
    },
  });
}
