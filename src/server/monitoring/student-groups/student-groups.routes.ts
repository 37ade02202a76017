import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { listStudentGroups } from './read-student-groups.js';
import { addStudentGroup, saveStudentGroup } from './save-student-group.js';
import { DistrictParams, GroupParams, NewStudentGroupBody, StudentGroup, StudentGroupBody, StudentGroups } from './student-groups.schema.js';

/** The district's list of student groups: read by everyone who picks a group, kept by planners and administrators. */
export async function registerStudentGroupRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  app.get('/api/districts/:districtId/student-groups', {
    schema: {
      tags,
      summary: "The district's student groups by reporting category, retired ones included (the built-in list until the district changes it)",
      params: DistrictParams,
      response: { 200: StudentGroups, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.read', 'districtId') },
    handler: async (request) => listStudentGroups(ctx.db, accessOf(request).organizationId),
  });

  app.post('/api/districts/:districtId/student-groups', {
    schema: {
      tags,
      summary: 'Add a student group to the district list',
      description: 'A name or other name another group already uses is 400 invalid_input naming the field (/name, /aliases/N).',
      params: DistrictParams,
      body: NewStudentGroupBody,
      response: { 201: StudentGroup, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.manage', 'districtId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const group = await addStudentGroup({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, values: request.body });
      return reply.status(201).send(group);
    },
  });

  app.put('/api/districts/:districtId/student-groups/:key', {
    schema: {
      tags,
      summary: 'Rename, recategorize, retire or restore a student group and set its other names',
      description: 'A renamed group keeps its old name as another name. Send the version you started from; 409 conflict with the current group when someone saved since.',
      params: GroupParams,
      body: StudentGroupBody,
      response: { 200: StudentGroup, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.manage', 'districtId') },
    handler: async (request) => {
      const access = accessOf(request);
      const { version, ...values } = request.body;
      return saveStudentGroup({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, key: request.params.key, version, values });
    },
  });
}
