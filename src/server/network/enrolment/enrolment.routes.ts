import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { EnrolmentDocument } from '../members/members.schema.js';
import { presentEnrolmentDocument } from '../members/members.present.js';
import { addEnrolmentDocument, ENROLMENT_FILE_MAX_BYTES } from './add-enrolment-document.js';
import { enrolDistrict } from './enrol-district.js';
import { DistrictCohortDocumentParams, DistrictCohortParams, DistrictNetwork, DistrictParams, DocumentUploadQuery, EnrolBody, SignedFormBody } from './enrolment.schema.js';
import { readDistrictNetwork } from './read-district-network.js';
import { sendEnrolmentDocument } from './send-enrolment-document.js';

/** A district's side of its network: what it sees, its enrolment documents, and enrolling. */
export async function registerEnrolmentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const tags = ['network enrolment'];
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), districtId: access.organizationId };
  };

  await fastify.register(async (plugin) => {
    const app = plugin.withTypeProvider<ZodTypeProvider>();
    // Enrolment files come as the raw body (a PDF, a scan), named in the query, like evidence files.
    plugin.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ENROLMENT_FILE_MAX_BYTES }, (_request, body, done) => done(null, body));

    app.get('/api/districts/:districtId/network', {
      schema: { tags, summary: 'The district’s cohorts (invitations, enrolment, documents, the shared calendar ahead), its providers and its coaches', params: DistrictParams, response: { 200: DistrictNetwork, ...standardErrors } },
      config: { access: organizationAccess('organization.read', 'districtId') },
      handler: async (request) => readDistrictNetwork({ db: ctx.db, districtId: accessOf(request).organizationId, today: new Date().toISOString().slice(0, 10) }),
    });

    app.post('/api/districts/:districtId/cohorts/:cohortId/signed-forms', {
      schema: { tags, summary: 'Sign an enrolment form in Waymark (notice of intent, letter of commitment): who, their title, what they commit to', params: DistrictCohortParams, body: SignedFormBody, response: { 201: EnrolmentDocument, ...standardErrors } },
      config: { access: organizationAccess('organization.manage', 'districtId') },
      handler: async (request, reply) => {
        const { kind, signerName, signerTitle, statement } = request.body;
        const document = await addEnrolmentDocument({ ...scope(request), cohortId: request.params.cohortId, kind, document: { signed: { signerName, signerTitle, statement } } });
        return reply.status(201).send(presentEnrolmentDocument(document));
      },
    });

    app.post('/api/districts/:districtId/cohorts/:cohortId/documents', {
      schema: {
        tags,
        summary: 'Upload an enrolment document (the raw file as the body, its name and kind in the query)',
        description: `At most ${ENROLMENT_FILE_MAX_BYTES / 1024 / 1024} MB (413 past it); 400 /file when the body is empty.`,
        params: DistrictCohortParams,
        querystring: DocumentUploadQuery,
        response: { 201: EnrolmentDocument, ...standardErrors },
      },
      bodyLimit: ENROLMENT_FILE_MAX_BYTES,
      config: { access: organizationAccess('organization.manage', 'districtId') },
      handler: async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('invalid_input', 'Send the file as the body', [{ path: '/file', message: 'is required', code: 'file_required' }]);
        const contentType = request.headers['content-type']?.split(';')[0]?.trim() || 'application/octet-stream';
        const document = await addEnrolmentDocument({ ...scope(request), cohortId: request.params.cohortId, kind: request.query.kind, document: { file: { fileName: request.query.fileName, contentType, content: request.body } } });
        return reply.status(201).send(presentEnrolmentDocument(document));
      },
    });

    app.get('/api/districts/:districtId/cohorts/:cohortId/documents/:documentId', {
      schema: { tags, summary: 'One of the district’s enrolment documents, as a download', params: DistrictCohortDocumentParams, response: { 200: z.any(), ...standardErrors } },
      config: { access: organizationAccess('organization.read', 'districtId') },
      handler: async (request, reply) => sendEnrolmentDocument({ db: ctx.db, reply, cohortId: request.params.cohortId, districtId: accessOf(request).organizationId, documentId: request.params.documentId }),
    });

    app.post('/api/districts/:districtId/cohorts/:cohortId/enrolment', {
      schema: {
        tags,
        summary: 'Enrol the district in the cohort it was invited to',
        description:
          "Needs a notice of intent and a letter of commitment (a file or a signed form each): 400 /documents naming what is missing. Runs the cohort's template: cycleId names a cycle of the district from that template (400 /cycleId otherwise); left out, a cycle is started now, dated from the cohort's start. 409 when enrolled or withdrawn already.",
        params: DistrictCohortParams,
        body: EnrolBody,
        response: { 200: z.object({ status: z.literal('enrolled'), cycleId: z.uuid() }), ...standardErrors },
      },
      config: { access: organizationAccess('organization.manage', 'districtId') },
      handler: async (request) => {
        const after = await enrolDistrict({ ...scope(request), cohortId: request.params.cohortId, cycleId: request.body.cycleId, language: readerLanguage(request) });
        return { status: 'enrolled' as const, cycleId: after.cycle_id! };
      },
    });
  });
}
