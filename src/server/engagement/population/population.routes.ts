import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { DistrictParams, Population, SavePopulationBody } from './population.schema.js';
import { readPopulation } from './read-population.js';
import { savePopulationList } from './save-population-list.js';

/** Who the district serves: entered once by planners, read wherever representation is judged. */
export async function registerPopulationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['engagement'];

  app.get('/api/districts/:districtId/population', {
    schema: { tags, summary: 'Who the district serves, district-wide and per school, by role, race and ethnicity, language at home and grade band', params: DistrictParams, response: { 200: Population, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => readPopulation(ctx.db, accessOf(request).organizationId),
  });

  app.put('/api/districts/:districtId/population', {
    schema: {
      tags,
      summary: "Replace one school's (or the district's) list of groups for one dimension",
      description: 'Send the population version you started from (0 before the first save); 409 conflict with the current population when someone saved since. An empty list removes it.',
      params: DistrictParams,
      body: SavePopulationBody,
      response: { 200: Population, ...standardErrors },
    },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, ...list } = request.body;
      return savePopulationList({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, version, list });
    },
  });
}
