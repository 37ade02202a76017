import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, signedIn } from '../../auth/access-rules.js';
import { accessOf, principalOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { OrganizationParams, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../audit/actor.js';
import { createDistrictInNetwork } from './create-district-in-network.js';
import { addSchool, removeSchool } from './manage-schools.js';
import { organizationsRepo } from './organizations.repo.js';
import { presentOrganization, presentSchool } from './organizations.present.js';
import { CreateDistrictBody, CreateSchoolBody, DistrictSummary, NetworkDistrict, Organization, RenameOrganizationBody, School, SchoolParams } from './organizations.schema.js';
import { renameOrganization } from './rename-organization.js';

export async function registerOrganizationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['organizations'];

  app.get('/api/districts', {
    schema: { tags, summary: 'The districts the caller can see', response: { 200: z.object({ districts: z.array(DistrictSummary) }), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request) => {
      const reachable = await organizationsRepo.listReachable(ctx.db, principalOf(request).user.id);
      return { districts: reachable.filter((o) => o.kind === 'district').map(({ kind: _kind, ...district }) => district) };
    },
  });

  app.get('/api/organizations/:organizationId', {
    schema: { tags, summary: 'One organization', params: OrganizationParams, response: { 200: Organization, ...standardErrors } },
    config: { access: organizationAccess('organization.read') },
    handler: async (request) => {
      const organization = await organizationsRepo.findById(ctx.db, accessOf(request).organizationId);
      if (!organization) throw notFound('Organization');
      return presentOrganization(organization);
    },
  });

  app.patch('/api/organizations/:organizationId', {
    schema: { tags, summary: 'Rename an organization', params: OrganizationParams, body: RenameOrganizationBody, response: { 200: Organization, ...standardErrors } },
    config: { access: organizationAccess('organization.manage') },
    handler: async (request) => {
      const access = accessOf(request);
      const organization = await renameOrganization({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, ...request.body });
      return presentOrganization(organization);
    },
  });

  app.get('/api/organizations/:organizationId/schools', {
    schema: { tags, summary: "A district's schools", params: OrganizationParams, response: { 200: z.object({ schools: z.array(School) }), ...standardErrors } },
    config: { access: organizationAccess('organization.read') },
    handler: async (request) => ({ schools: (await organizationsRepo.listSchools(ctx.db, accessOf(request).organizationId)).map(presentSchool) }),
  });

  app.post('/api/organizations/:organizationId/schools', {
    schema: { tags, summary: 'Add a school', params: OrganizationParams, body: CreateSchoolBody, response: { 201: School, ...standardErrors } },
    config: { access: organizationAccess('organization.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      if (access.organizationKind !== 'district') throw new AppError('invalid_input', 'Only a district holds schools');
      const school = await addSchool({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, name: request.body.name, code: request.body.code });
      return reply.status(201).send(presentSchool(school));
    },
  });

  app.delete('/api/organizations/:organizationId/schools/:schoolId', {
    schema: { tags, summary: 'Remove a school', params: SchoolParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('organization.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await removeSchool({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, schoolId: request.params.schoolId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/organizations/:organizationId/districts', {
    schema: { tags, summary: "A network's districts", params: OrganizationParams, response: { 200: z.object({ districts: z.array(NetworkDistrict) }), ...standardErrors } },
    config: { access: organizationAccess('organization.read') },
    handler: async (request) => {
      const districts = await organizationsRepo.listDistrictsOfNetwork(ctx.db, accessOf(request).organizationId);
      return { districts: districts.map((d) => ({ id: d.id, name: d.name, slug: d.slug, createdAt: new Date(d.created_at).toISOString() })) };
    },
  });

  app.post('/api/organizations/:organizationId/districts', {
    schema: { tags, summary: 'Add a district to a network', params: OrganizationParams, body: CreateDistrictBody, response: { 201: Organization, ...standardErrors } },
    config: { access: organizationAccess('districts.create') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const district = await createDistrictInNetwork({ db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId, name: request.body.name });
      return reply.status(201).send(presentOrganization(district));
    },
  });
}
