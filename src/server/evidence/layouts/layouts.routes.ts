import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { DistrictParams, Layouts } from './layouts.schema.js';
import { listLayouts } from './list-layouts.js';

/** The layouts a file can be read with: Waymark's library and the district's saved ones (saved with an import). */
export async function registerDatasetLayoutRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/districts/:districtId/dataset-layouts', {
    schema: { tags: ['datasets'], summary: "Waymark's library of file layouts and the district's saved ones", params: DistrictParams, response: { 200: Layouts, ...standardErrors } },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => listLayouts({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });
}
