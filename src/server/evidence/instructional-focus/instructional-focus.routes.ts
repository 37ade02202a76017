import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { documentLanguage } from '../../documents/document-language.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { logoFor } from '../../documents/logo-for.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { FocusParams, FocusQuery, InstructionalFocusBody, InstructionalFocusRecord } from './instructional-focus.schema.js';
import { presentInstructionalFocus } from './instructional-focus.present.js';
import { readInstructionalFocus } from './read-instructional-focus.js';
import { focusTitle, renderFocusDocx, renderFocusHtml, type FocusDocumentInput } from './render-instructional-focus.js';
import { saveInstructionalFocus } from './save-instructional-focus.js';

const cycleAccess = (permission: 'evidence.read' | 'evidence.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** Performance Fact's 4-page Instructional Focus of a cycle: read, save, and print as Word or PDF in four pages. */
export async function registerInstructionalFocusRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const printer = sharedPdfPrinter(ctx, fastify);
  const tags = ['instructional focus'];
  const scope = (request: FastifyRequest & { params: { cycleId: string } }) => ({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId });

  app.get('/api/cycles/:cycleId/instructional-focus', {
    schema: { tags, summary: "A cycle's Instructional Focus (empty, version 0, before the first save)", params: FocusParams, response: { 200: InstructionalFocusRecord, ...standardErrors } },
    config: { access: cycleAccess('evidence.read') },
    handler: async (request) => presentInstructionalFocus(await readInstructionalFocus(scope(request))),
  });

  app.put('/api/cycles/:cycleId/instructional-focus', {
    schema: {
      tags,
      summary: "Save a cycle's Instructional Focus, all four pages at once",
      description: 'Send the version read (0 before the first save): 409 when someone saved since. A goal or strategy key must name one of the cycle’s plan (400 `not_in_this_plan`). Each field has a length that keeps its page to one printed page.',
      params: FocusParams,
      body: InstructionalFocusBody,
      response: { 200: InstructionalFocusRecord, ...standardErrors },
    },
    config: { access: cycleAccess('evidence.edit') },
    handler: async (request) => presentInstructionalFocus(await saveInstructionalFocus({ ...scope(request), actor: actorFrom(accessOf(request).principal), ...request.body })),
  });

  const documentInput = async (request: FastifyRequest & { params: { cycleId: string }; query: { lang?: 'en' | 'es' | undefined } }): Promise<FocusDocumentInput> => {
    const organization = await findOrganization(ctx.db, accessOf(request).organizationId);
    if (!organization) throw notFound('District');
    return { record: await readInstructionalFocus(scope(request)), organizationName: organization.name, language: documentLanguage(request) };
  };
  const downloadSchema = (format: string) => ({
    tags,
    summary: `The Instructional Focus as ${format}, in four pages: the focus, the evidence, the strategies, the commitments`,
    params: FocusParams,
    querystring: FocusQuery,
    response: { 200: z.any().describe(`The ${format} file`), ...standardErrors },
  });

  app.get('/api/cycles/:cycleId/instructional-focus.docx', {
    schema: downloadSchema('Word'),
    config: { access: cycleAccess('evidence.read') },
    handler: async (request, reply) => {
      const input = await documentInput(request);
      const bytes = await renderFocusDocx(input, logoFor({ id: accessOf(request).organizationId, name: input.organizationName }));
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(focusTitle(input), 'docx')).send(bytes);
    },
  });

  app.get('/api/cycles/:cycleId/instructional-focus.pdf', {
    schema: downloadSchema('PDF'),
    config: { access: cycleAccess('evidence.read') },
    handler: async (request, reply) => {
      const input = await documentInput(request);
      const title = focusTitle(input);
      const bytes = await printer.print(renderFocusHtml(input, logoFor({ id: accessOf(request).organizationId, name: input.organizationName })), { footerText: title });
      return reply.type('application/pdf').header('content-disposition', attachmentHeader(title, 'pdf')).send(bytes);
    },
  });
}
