import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { DistrictParams, GroupLabels, GroupLabelsBody } from './groups.schema.js';
import { readGroupLabels } from './read-group-labels.js';
import { saveGroupLabels } from './save-group-labels.js';

/** The student group labels of the district's files, and how they map to its list of groups. */
export async function registerEvidenceGroupRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];

  app.get('/api/districts/:districtId/evidence/groups', {
    schema: {
      tags,
      summary: "The student group labels of the district's current data, with their rows and the group each means",
      params: DistrictParams,
      response: { 200: GroupLabels, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => readGroupLabels({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });

  app.put('/api/districts/:districtId/evidence/groups', {
    schema: {
      tags,
      summary: 'Map labels of the files to student groups of the district (null: not a student group)',
      description: 'A group_key that is not one of the district’s student groups is 400 naming /labels/N/group_key.',
      params: DistrictParams,
      body: GroupLabelsBody,
      response: { 200: GroupLabels, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.edit', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      return saveGroupLabels({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, labels: request.body.labels });
    },
  });
}
