import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cohortAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { CohortParams } from '../cohorts/cohorts.schema.js';
import { sendEnrolmentDocument } from '../enrolment/send-enrolment-document.js';
import { inviteDistrict } from './invite-district.js';
import { listCohortDistricts } from './list-cohort-districts.js';
import { matchCohortProvider } from './match-cohort-provider.js';
import { CohortDistrict, CohortDistrictDocumentParams, CohortDistrictParams, InviteDistrictBody, MatchProviderBody } from './members.schema.js';
import { withdrawDistrict } from './withdraw-district.js';

/** The districts of a cohort, as the network runs them: invite, match a provider, withdraw, read their documents. */
export async function registerCohortDistrictRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network cohorts'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };
  const readOne = async (networkId: string, cohortId: string, districtId: string) => {
    const [district] = await listCohortDistricts({ db: ctx.db, networkId, cohortId, districtId });
    if (!district) throw notFound('District in this cohort');
    return district;
  };

  app.post('/api/cohorts/:cohortId/districts', {
    schema: {
      tags,
      summary: 'Invite a district into the cohort: one of the network’s, or a new one with its administrator invited by email',
      description: '400 naming the field: /districtId (not a district of this network; in the cohort already: 409), /name, /administratorEmail. The district joins when its administrator enrols it.',
      params: CohortParams,
      body: InviteDistrictBody,
      response: { 201: CohortDistrict, ...standardErrors },
    },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const member = await inviteDistrict({ ctx, actor: actorFrom(access.principal), inviterName: access.principal.user.name, networkId: access.organizationId, cohortId: request.params.cohortId, values: request.body });
      return reply.status(201).send(await readOne(access.organizationId, request.params.cohortId, member.district_id));
    },
  });

  app.get('/api/cohorts/:cohortId/districts', {
    schema: { tags, summary: "The cohort's districts: status, cycle, provider, coaches and enrolment documents", params: CohortParams, response: { 200: z.object({ districts: z.array(CohortDistrict) }), ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request) => ({ districts: await listCohortDistricts({ db: ctx.db, networkId: accessOf(request).organizationId, cohortId: request.params.cohortId }) }),
  });

  app.put('/api/cohorts/:cohortId/districts/:districtId/provider', {
    schema: {
      tags,
      summary: 'Match a vetted provider to a district of the cohort (null ends the match)',
      description: 'The provider’s administrators then reach the district, and the coaches the provider assigns to it. 400 /providerId when it is not a provider of this network.',
      params: CohortDistrictParams,
      body: MatchProviderBody,
      response: { 200: CohortDistrict, ...standardErrors },
    },
    config: { access: cohortAccess('network.manage') },
    handler: async (request) => {
      const { cohortId, districtId } = request.params;
      await matchCohortProvider({ ...scope(request), cohortId, districtId, providerId: request.body.providerId });
      return readOne(accessOf(request).organizationId, cohortId, districtId);
    },
  });

  app.delete('/api/cohorts/:cohortId/districts/:districtId', {
    schema: { tags, summary: 'Withdraw a district from the cohort (its documents and history are kept; its provider match ends)', params: CohortDistrictParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => {
      await withdrawDistrict({ ...scope(request), cohortId: request.params.cohortId, districtId: request.params.districtId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/cohorts/:cohortId/districts/:districtId/documents/:documentId', {
    schema: { tags, summary: 'An enrolment document: the uploaded file, or the signed form as text', params: CohortDistrictDocumentParams, response: { 200: z.any(), ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request, reply) => sendEnrolmentDocument({ db: ctx.db, reply, ...request.params }),
  });
}
