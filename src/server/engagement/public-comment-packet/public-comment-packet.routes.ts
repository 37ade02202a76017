import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { documentLanguage } from '../../documents/document-language.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { logoFor } from '../../documents/logo-for.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { standardErrors } from '../../http/common.schema.js';
import { packetTitle } from './build-comment-packet.js';
import { PacketParams, PacketQuery } from './public-comment-packet.schema.js';
import { readCommentPacket } from './read-comment-packet.js';
import { renderPacketDocx, renderPacketHtml } from './render-comment-packet.js';

/**
 * The public comment packet for the meeting that reviews the feedback on the draft (CEC's
 * refinement meeting, Performance Fact's phase 4 reality check), as Word and PDF drawn from the
 * same blocks: comments by part of the draft with themes and dispositions so far, who commented
 * against the population (small groups hidden), and the engagement of the plan's cycle.
 */
export async function registerPublicCommentPacketRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const printer = sharedPdfPrinter(ctx, fastify);
  const tags = ['public comment'];
  const read = (request: FastifyRequest & { params: { planId: string }; query: { lang?: 'en' | 'es' | undefined } }) => {
    const access = accessOf(request);
    return readCommentPacket({ db: ctx.db, organizationId: access.organizationId, planId: request.params.planId, publicUrl: ctx.config.publicUrl, language: documentLanguage(request) });
  };
  const logoOf = (request: FastifyRequest, organizationName: string) => logoFor({ id: accessOf(request).organizationId, name: organizationName });
  const schema = (format: string) => ({
    tags,
    summary: `The public comment packet as ${format}: comments by part of the draft with their themes and dispositions so far, who commented against the population, and the engagement of the plan's cycle`,
    description: 'No names or addresses of commenters; counts of fewer people than the district’s threshold are hidden. The latest public comment window of the plan.',
    params: PacketParams,
    querystring: PacketQuery,
    response: { 200: z.any().describe(`The ${format} file`), ...standardErrors },
  });

  app.get('/api/plans/:planId/public-comment/packet.docx', {
    schema: schema('Word'),
    config: { access: planAccess('plans.read') },
    handler: async (request, reply) => {
      const input = await read(request);
      const bytes = await renderPacketDocx(input, logoOf(request, input.organizationName));
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(packetTitle(input), 'docx')).send(bytes);
    },
  });

  app.get('/api/plans/:planId/public-comment/packet.pdf', {
    schema: schema('PDF'),
    config: { access: planAccess('plans.read') },
    handler: async (request, reply) => {
      const input = await read(request);
      const title = packetTitle(input);
      const bytes = await printer.print(renderPacketHtml(input, logoOf(request, input.organizationName)), { footerText: title });
      return reply.type('application/pdf').header('content-disposition', attachmentHeader(title, 'pdf')).send(bytes);
    },
  });
}
