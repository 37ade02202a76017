import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { DistrictParams, EvidenceEntities, EvidenceEntitiesBody } from './entities.schema.js';
import { readEntities } from './read-entities.js';
import { saveEntities } from './save-entities.js';

/** The schools and district the district's files name, matched to its schools. */
export async function registerEvidenceEntityRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];

  app.get('/api/districts/:districtId/evidence/entities', {
    schema: {
      tags,
      summary: "The schools and district the district's files name, what each is matched to, and suggestions for the unmatched",
      params: DistrictParams,
      response: { 200: EvidenceEntities, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => readEntities({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });

  app.put('/api/districts/:districtId/evidence/entities', {
    schema: {
      tags,
      summary: "Match the files' schools to the district's (or add them as schools), mark district rows, or ignore them",
      description: 'A key no file names, or a school_id that is not a school of the district, is 400 naming /entities/N/key or /entities/N/school_id.',
      params: DistrictParams,
      body: EvidenceEntitiesBody,
      response: { 200: EvidenceEntities, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.edit', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      return saveEntities({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, entities: request.body.entities });
    },
  });
}
