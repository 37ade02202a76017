import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AccessRule } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addUpdateEvidence, EVIDENCE_MAX_BYTES, evidenceTypes, loadEvidenceFile } from './add-update-evidence.js';
import { EvidenceParams, EvidenceQuery, UpdateEvidence, UpdateParams } from './updates.schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Access to the district of the update `:updateId` names; an update of another district is 404. */
const updateAccess = (permission: Permission): AccessRule => ({
  kind: 'organization',
  permission,
  organizationOf: async (request, db) => {
    const id = (request.params as Record<string, string | undefined>).updateId;
    if (!id || !UUID.test(id)) return null;
    const row = await db.selectFrom('element_updates').select('organization_id').where('id', '=', id).executeTakeFirst();
    return row?.organization_id ?? null;
  },
});

/** Content-Disposition naming the stored file: an ASCII name for old clients and the UTF-8 one (RFC 6266). */
function attachment(fileName: string) {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').trim() || 'evidence';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Evidence files of an update: uploaded as the raw body, downloaded as an attachment only. */
export async function registerEvidenceRoutes(fastify: FastifyInstance, ctx: AppContext) {
  // A scope of its own: every body is taken as bytes here (the type is checked against the allow-list).
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['monitoring'];

    app.post('/api/updates/:updateId/evidence', {
      schema: {
        tags,
        summary: 'Attach an evidence file to an update',
        description: `Send the file's bytes as the body with its content-type (${Object.keys(evidenceTypes).join(', ')}), at most 5 MB (413 above), and its name as ?fileName=. The update's author or a planner.`,
        params: UpdateParams,
        querystring: EvidenceQuery,
        response: { 201: UpdateEvidence, 413: standardErrors[400], ...standardErrors },
      },
      bodyLimit: EVIDENCE_MAX_BYTES,
      config: { access: updateAccess('monitoring.update') },
      handler: async (request, reply) => {
        const access = accessOf(request);
        const evidence = await addUpdateEvidence({
          db: ctx.db,
          actor: actorFrom(access.principal),
          organizationId: access.organizationId,
          updateId: request.params.updateId,
          fileName: request.query.fileName,
          contentType: request.headers['content-type'],
          content: request.body,
          canManage: access.permissions.has('monitoring.manage'),
        });
        return reply.status(201).send(evidence);
      },
    });

    app.get('/api/updates/:updateId/evidence/:evidenceId', {
      schema: { tags, summary: 'Download an evidence file of an update', params: EvidenceParams, response: { 200: z.any().describe('The file, as an attachment'), ...standardErrors } },
      config: { access: updateAccess('monitoring.read') },
      handler: async (request, reply) => {
        const file = await loadEvidenceFile({ db: ctx.db, organizationId: accessOf(request).organizationId, ...request.params });
        return reply
          .type(file.content_type)
          .header('content-disposition', attachment(file.file_name))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.content);
      },
    });
  });
}
