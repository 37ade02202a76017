import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { exportPlan } from '../plans/export-plan.js';
import { DistrictParams, PlanParams } from '../plans/plans.schema.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { documentLanguage, documentLanguageQuery } from '../../documents/document-language.js';
import { importPlanXlsx } from './import-plan-xlsx.js';
import { loadPlanForPrint } from './load-plan-for-print.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE, renderPlanDocx } from './render-plan-docx.js';
import { renderPlanHtml } from './render-plan-html.js';
import { XLSX_CONTENT_TYPE, writePlanWorkbook } from './write-plan-workbook.js';

// The same ceiling as a JSON import: an .xlsx is zipped, so 10 MB holds far more than 5 MB of plan.
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

// The preview page has no script and loads nothing; this says so to the browser as well.
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** A file in the response body; OpenAPI cannot say more through zod. */
const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });

/**
 * The plan as files: a workbook to edit in Excel and import back, and board-ready documents
 * (Word, PDF, and the HTML the PDF is printed from, for the web app's print preview).
 */
export async function registerPlanDocumentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  // A scope of its own, so the .xlsx body parser applies to these routes only.
  await fastify.register(async (scope) => {
    const printer = sharedPdfPrinter(ctx, scope);
    scope.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['plans'];
    const planOf = (request: { params: { planId: string } }, organizationId: string) => ({ db: ctx.db, organizationId, planId: request.params.planId });
    const querystring = z.object(documentLanguageQuery);

    app.get('/api/plans/:planId/export.xlsx', {
      schema: { tags, summary: 'The plan as an Excel workbook, one sheet per level', params: PlanParams, response: file('The .xlsx workbook') },
      config: { access: planAccess('plans.read') },
      handler: async (request, reply) => {
        const document = await exportPlan(planOf(request, accessOf(request).organizationId));
        const bytes = await writePlanWorkbook(document);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentHeader(document.plan.title, 'xlsx')).send(bytes);
      },
    });

    app.post('/api/districts/:districtId/plans/import.xlsx', {
      schema: {
        tags,
        summary: 'Create a plan from an Excel workbook in the export.xlsx layout',
        description: `Send the .xlsx bytes as the body with content-type ${XLSX_CONTENT_TYPE}. A refusal is 400 invalid_plan listing every problem with its cell ("Measures!E7").`,
        params: DistrictParams,
        response: { 201: z.object({ id: z.uuid() }), ...standardErrors },
      },
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: organizationAccess('plans.edit', 'districtId') },
      handler: async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('invalid_input', `Send the workbook as the body with content-type ${XLSX_CONTENT_TYPE}`);
        const access = accessOf(request);
        const plan = await importPlanXlsx({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, bytes: request.body });
        return reply.status(201).send({ id: plan.id });
      },
    });

    app.get('/api/plans/:planId/document.docx', {
      schema: { tags, summary: "The plan as a Word document for the board and the public, in the reader's language, small groups' results protected", params: PlanParams, querystring, response: file('The .docx document') },
      config: { access: planAccess('plans.read') },
      handler: async (request, reply) => {
        const print = await loadPlanForPrint({ ...planOf(request, accessOf(request).organizationId), language: documentLanguage(request) });
        const bytes = await renderPlanDocx(print);
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(print.document.plan.title, 'docx')).send(bytes);
      },
    });

    app.get('/api/plans/:planId/document.pdf', {
      schema: { tags, summary: 'The plan as a PDF for the board and the public, printed from document.html', params: PlanParams, querystring, response: file('The PDF') },
      config: { access: planAccess('plans.read') },
      handler: async (request, reply) => {
        const print = await loadPlanForPrint({ ...planOf(request, accessOf(request).organizationId), language: documentLanguage(request) });
        const bytes = await printer.print(renderPlanHtml(print), { footerText: print.document.plan.title });
        return reply.type('application/pdf').header('content-disposition', attachmentHeader(print.document.plan.title, 'pdf')).send(bytes);
      },
    });

    app.get('/api/plans/:planId/document.html', {
      schema: { tags, summary: 'The printable plan as an HTML page, for a print preview', params: PlanParams, querystring, response: file('The HTML page') },
      // A page: the document headers, with its own policy.
      config: { access: planAccess('plans.read'), securityHeaders: { contentSecurityPolicy: false } },
      handler: async (request, reply) => {
        const print = await loadPlanForPrint({ ...planOf(request, accessOf(request).organizationId), language: documentLanguage(request) });
        return reply.type('text/html; charset=utf-8').header('content-security-policy', HTML_POLICY).send(renderPlanHtml(print));
      },
    });
  });
}
