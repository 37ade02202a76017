import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cohortAccess, organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { AttendanceBody, CohortResourceParams, DistrictCohortParams, DistrictCohortResourceParams, NetworkResource, NetworkResourceList, NewLinkBody, ResourceFileQuery, SessionAttendance, SessionParams } from './learning.schema.js';
import { CohortParams } from '../cohorts/cohorts.schema.js';
import { presentResource } from './learning.present.js';
import { listResources } from './list-resources.js';
import { addResource, removeResource, RESOURCE_FILE_MAX_BYTES } from './manage-resources.js';
import { readAttendance } from './read-attendance.js';
import { recordAttendance } from './record-attendance.js';
import { sendResourceFile } from './send-resource-file.js';

/**
 * Professional development for a cohort: its resource library (links and files by phase of the
 * template, and each session's materials) and attendance at its sessions. The network writes; its
 * districts (invited or enrolled) read the library from their side.
 */
export async function registerLearningRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network learning'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), networkId: access.organizationId };
  };

  app.get('/api/cohorts/:cohortId/resources', {
    schema: { tags, summary: "The cohort's resource library and its sessions' materials", params: CohortParams, response: { 200: NetworkResourceList, ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request) => ({ resources: (await listResources({ db: ctx.db, reader: { networkId: accessOf(request).organizationId }, cohortId: request.params.cohortId })).map(presentResource) }),
  });

  app.post('/api/cohorts/:cohortId/resources', {
    schema: {
      tags,
      summary: 'Add a link to the library, for one phase of the template or every phase, or as a session’s material',
      description: "400 naming the field: /url (not http or https), /phaseKey (not a phase of the cohort's template), /eventId (not a session of the cohort).",
      params: CohortParams,
      body: NewLinkBody,
      response: { 201: NetworkResource, ...standardErrors },
    },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => {
      const { url, ...values } = request.body;
      return reply.status(201).send(presentResource(await addResource({ ...scope(request), cohortId: request.params.cohortId, values, content: { url } })));
    },
  });

  // Files come as the raw body, named in the query; in a scope of their own so every type (a JSON
  // or CSV handout too) is taken as bytes.
  await fastify.register(async (plugin) => {
    plugin.removeAllContentTypeParsers();
    plugin.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: RESOURCE_FILE_MAX_BYTES }, (_request, body, done) => done(null, body));
    plugin.withTypeProvider<ZodTypeProvider>().post('/api/cohorts/:cohortId/resources/files', {
      schema: {
        tags,
        summary: 'Upload a file to the library or as a session’s material (the raw file as the body, its name and place in the query)',
        description: `At most ${RESOURCE_FILE_MAX_BYTES / 1024 / 1024} MB (413 past it); 400 /file when the body is empty, query/phaseKey or query/eventId when they name nothing of the cohort.`,
        params: CohortParams,
        querystring: ResourceFileQuery,
        response: { 201: NetworkResource, 413: standardErrors[400], ...standardErrors },
      },
      bodyLimit: RESOURCE_FILE_MAX_BYTES,
      config: { access: cohortAccess('network.manage') },
      handler: async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('invalid_input', 'Send the file as the body', [{ path: '/file', message: 'is required', code: 'file_required' }]);
        const { fileName, ...values } = request.query;
        const contentType = request.headers['content-type']?.split(';')[0]?.trim() || 'application/octet-stream';
        const row = await addResource({ ...scope(request), cohortId: request.params.cohortId, values, fieldPrefix: 'query/', content: { file: { fileName, contentType, content: request.body } } });
        return reply.status(201).send(presentResource(row));
      },
    });
  });

  app.get('/api/cohorts/:cohortId/resources/:resourceId/file', {
    schema: { tags, summary: 'Download a library file', params: CohortResourceParams, response: { 200: z.any().describe('The file, as an attachment'), ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request, reply) => sendResourceFile({ db: ctx.db, reply, reader: { networkId: accessOf(request).organizationId }, ...request.params }),
  });

  app.delete('/api/cohorts/:cohortId/resources/:resourceId', {
    schema: { tags, summary: 'Remove a link or file from the library', params: CohortResourceParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cohortAccess('network.manage') },
    handler: async (request, reply) => {
      await removeResource({ ...scope(request), cohortId: request.params.cohortId, resourceId: request.params.resourceId });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/cohorts/:cohortId/events/:eventId/attendance', {
    schema: { tags, summary: 'Who came to a session, with totals by district and by role', params: SessionParams, response: { 200: SessionAttendance, ...standardErrors } },
    config: { access: cohortAccess('network.read') },
    handler: async (request) => readAttendance({ db: ctx.db, networkId: accessOf(request).organizationId, ...request.params }),
  });

  app.put('/api/cohorts/:cohortId/events/:eventId/attendance', {
    schema: {
      tags,
      summary: 'Record a session’s attendance: the whole list of people by district, with their role and whether they came',
      description: 'Replaces the list. 400 /people/N/districtId when a district is not in the cohort; 404 when the event is a milestone.',
      params: SessionParams,
      body: AttendanceBody,
      response: { 200: SessionAttendance, ...standardErrors },
    },
    config: { access: cohortAccess('network.manage') },
    handler: async (request) => {
      await recordAttendance({ ...scope(request), ...request.params, people: request.body.people });
      return readAttendance({ db: ctx.db, networkId: accessOf(request).organizationId, ...request.params });
    },
  });

  app.get('/api/districts/:districtId/cohorts/:cohortId/resources', {
    schema: { tags, summary: 'The resource library of a cohort the district is in, with its sessions’ materials', params: DistrictCohortParams, response: { 200: NetworkResourceList, ...standardErrors } },
    config: { access: organizationAccess('organization.read', 'districtId') },
    handler: async (request) => ({ resources: (await listResources({ db: ctx.db, reader: { districtId: accessOf(request).organizationId }, cohortId: request.params.cohortId })).map(presentResource) }),
  });

  app.get('/api/districts/:districtId/cohorts/:cohortId/resources/:resourceId/file', {
    schema: { tags, summary: 'Download a library file of a cohort the district is in', params: DistrictCohortResourceParams, response: { 200: z.any().describe('The file, as an attachment'), ...standardErrors } },
    config: { access: organizationAccess('organization.read', 'districtId') },
    handler: async (request, reply) => sendResourceFile({ db: ctx.db, reply, reader: { districtId: accessOf(request).organizationId }, cohortId: request.params.cohortId, resourceId: request.params.resourceId }),
  });
}
