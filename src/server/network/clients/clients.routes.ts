import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { NetworkParams } from '../cohorts/cohorts.schema.js';
import { DistrictParams } from '../enrolment/enrolment.schema.js';
import { ClientEngagement, ClientParams, HoursEntryParams, NewClientBody, NewHoursBody, UpdateClientBody } from './clients.schema.js';
import { logEngagementHours, removeEngagementHours } from './log-engagement-hours.js';
import { addClientEngagement, updateClientEngagement } from './manage-client-engagements.js';
import { readClientEngagements } from './read-client-engagements.js';

/** A consultancy's clients: the scope of work per district and the bank of hours bought and used. */
export async function registerClientRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network clients'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };
  const readOne = async (networkId: string, engagementId: string) => {
    const [engagement] = await readClientEngagements({ db: ctx.db, networkId, engagementId });
    if (!engagement) throw notFound('Client engagement');
    return engagement;
  };

  app.get('/api/networks/:networkId/clients', {
    schema: { tags, summary: "The network's client engagements: scope of work, hours bought, used and remaining", params: NetworkParams, response: { 200: z.object({ engagements: z.array(ClientEngagement) }), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => ({ engagements: await readClientEngagements({ db: ctx.db, networkId: accessOf(request).organizationId }) }),
  });

  app.post('/api/networks/:networkId/clients', {
    schema: {
      tags,
      summary: 'Record the work for a client district: its scope of work month by month and the hours bought',
      description: '400 naming the field: /districtId (not a district this network reaches), /endsOn (before the start), /hoursPurchased, /scope/N/month.',
      params: NetworkParams,
      body: NewClientBody,
      response: { 201: ClientEngagement, ...standardErrors },
    },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const id = await addClientEngagement({ ...scope(request), userId: access.principal.user.id, values: request.body });
      return reply.status(201).send(await readOne(access.organizationId, id));
    },
  });

  app.get('/api/networks/:networkId/clients/:engagementId', {
    schema: { tags, summary: 'One client engagement with every hours entry', params: ClientParams, response: { 200: ClientEngagement, ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request) => readOne(accessOf(request).organizationId, request.params.engagementId),
  });

  app.put('/api/networks/:networkId/clients/:engagementId', {
    schema: { tags, summary: 'Change the scope of work, the dates or the hours bought', params: ClientParams, body: UpdateClientBody, response: { 200: ClientEngagement, ...standardErrors } },
    config: { access: organizationAccess('network.manage', 'networkId') },
    handler: async (request) => {
      await updateClientEngagement({ ...scope(request), engagementId: request.params.engagementId, values: request.body });
      return readOne(accessOf(request).organizationId, request.params.engagementId);
    },
  });

  app.post('/api/networks/:networkId/clients/:engagementId/hours', {
    schema: {
      tags,
      summary: 'Log hours worked for the client (a coach their own; an administrator any coach’s)',
      description: 'Hours past the ones bought are kept; the bank shows the overrun. 400 /coachId when not a member, /hours (more than 0, at most 24, two decimals), /workedOn.',
      params: ClientParams,
      body: NewHoursBody,
      response: { 201: ClientEngagement, ...standardErrors },
    },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await logEngagementHours({ ...scope(request), engagementId: request.params.engagementId, caller: { userId: access.principal.user.id, role: access.role }, values: request.body });
      return reply.status(201).send(await readOne(access.organizationId, request.params.engagementId));
    },
  });

  app.delete('/api/networks/:networkId/clients/:engagementId/hours/:entryId', {
    schema: { tags, summary: 'Take back an hours entry (its coach, or an administrator)', params: HoursEntryParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('network.read', 'networkId') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await removeEngagementHours({ ...scope(request), engagementId: request.params.engagementId, entryId: request.params.entryId, caller: { userId: access.principal.user.id, role: access.role } });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/districts/:districtId/engagements', {
    schema: { tags, summary: 'The district’s engagements with consultancies: scope of work and hours bought, used and remaining', params: DistrictParams, response: { 200: z.object({ engagements: z.array(ClientEngagement) }), ...standardErrors } },
    config: { access: organizationAccess('organization.read', 'districtId') },
    handler: async (request) => ({ engagements: await readClientEngagements({ db: ctx.db, districtId: accessOf(request).organizationId }) }),
  });
}
