import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { documentLanguage } from '../../documents/document-language.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { logoFor } from '../../documents/logo-for.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { standardErrors } from '../../http/common.schema.js';
import { retreatAccess } from '../retreats/retreat-access.js';
import { readRetreatDocument } from './read-retreat-document.js';
import { renderRetreatDocx, renderRetreatHtml, retreatDocumentTitle, type RetreatDocumentRequest } from './render-retreat-documents.js';
import { RetreatDocumentQuery, RetreatParams, retreatDocumentKinds, type RetreatDocumentKind } from './retreat-documents.schema.js';

const described: Record<RetreatDocumentKind, string> = {
  diagnostic: 'The organizational diagnostic report (Louisiana’s F): purpose, the data picture in brief, the SWOT by quadrant with dots and ranks, and each priority’s gap analysis with its root causes and case for change',
  'data-picture': 'The data picture: each chart with its question, its data (small groups hidden) and what the room noticed and wondered (hidden observations left out)',
};

/** A retreat's documents, in Word and PDF, drawn from the same blocks; charts are SVG in the PDF and pictures in Word. */
export async function registerRetreatDocumentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const printer = sharedPdfPrinter(ctx, fastify);
  const tags = ['data retreats'];

  const documentRequest = async (kind: RetreatDocumentKind, request: FastifyRequest & { params: { retreatId: string }; query: { lang?: 'en' | 'es' | undefined } }): Promise<RetreatDocumentRequest> => {
    const access = accessOf(request);
    const language = documentLanguage(request);
    const input = await readRetreatDocument({ db: ctx.db, organizationId: access.organizationId, retreatId: request.params.retreatId, userId: access.principal.user.id, publicUrl: ctx.config.publicUrl, language });
    return { kind, input, language, logo: logoFor({ id: access.organizationId, name: input.organizationName }) };
  };
  const schema = (kind: RetreatDocumentKind, format: string) => ({
    tags,
    summary: `${described[kind]}, as ${format}`,
    description: 'In the reader’s language (`?lang=`, else Accept-Language). 404 for a retreat of another district.',
    params: RetreatParams,
    querystring: RetreatDocumentQuery,
    response: { 200: z.any().describe(`The ${format} file`), ...standardErrors },
  });

  for (const kind of retreatDocumentKinds) {
    app.get(`/api/retreats/:retreatId/documents/${kind}.docx`, {
      schema: schema(kind, 'Word'),
      config: { access: retreatAccess('evidence.read') },
      handler: async (request, reply) => {
        const document = await documentRequest(kind, request);
        const bytes = await renderRetreatDocx(document, (chart) => printer.drawPng(chart.svg, chart));
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(retreatDocumentTitle(document), 'docx')).send(bytes);
      },
    });
    app.get(`/api/retreats/:retreatId/documents/${kind}.pdf`, {
      schema: schema(kind, 'PDF'),
      config: { access: retreatAccess('evidence.read') },
      handler: async (request, reply) => {
        const document = await documentRequest(kind, request);
        const title = retreatDocumentTitle(document);
        const bytes = await printer.print(renderRetreatHtml(document), { footerText: title });
        return reply.type('application/pdf').header('content-disposition', attachmentHeader(title, 'pdf')).send(bytes);
      },
    });
  }
}
