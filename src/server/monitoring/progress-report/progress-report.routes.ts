import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { standardErrors } from '../../http/common.schema.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { documentLanguage, documentLanguageQuery } from '../../documents/document-language.js';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { PlanParams } from '../../plan/plans/plans.schema.js';
import { loadProgressReport } from './load-progress-report.js';
import { renderReportDocx } from './render-report-docx.js';
import { renderReportHtml } from './render-report-html.js';

/** Today's date in UTC, as the scorecard judges it. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

const ReportQuery = z.object({
  period: z.string().max(60).optional().describe('The reporting period, as the district names it ("2025-26", "2025-26 Q2", "FY2026"); today when absent'),
  ...documentLanguageQuery,
});

/** A file in the response body; OpenAPI cannot say more through zod. */
const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });

/** The board's progress report for a period, as Word and as PDF, both from one model. */
export async function registerProgressReportRoutes(fastify: FastifyInstance, ctx: AppContext) {
  await fastify.register(async (scope) => {
    const printer = sharedPdfPrinter(ctx, scope);
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['monitoring'];
    const reportOf = (request: Parameters<typeof documentLanguage>[0] & { params: { planId: string }; query: { period?: string | undefined } }, organizationId: string) =>
      loadProgressReport({ db: ctx.db, organizationId, planId: request.params.planId, period: request.query.period, today: todayUtc(), language: documentLanguage(request) });

    app.get('/api/plans/:planId/progress-report.docx', {
      schema: { tags, summary: 'Progress report for the board: each goal, interim goal and guardrail with the status every view shows (and whether it is stagnant), as Word', params: PlanParams, querystring: ReportQuery, response: file('The .docx document') },
      config: { access: planAccess('monitoring.read') },
      handler: async (request, reply) => {
        const report = await reportOf(request, accessOf(request).organizationId);
        const bytes = await renderReportDocx(report, documentLanguage(request));
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(report.title, 'docx')).send(bytes);
      },
    });

    app.get('/api/plans/:planId/progress-report.pdf', {
      schema: { tags, summary: 'Progress report for the board as a PDF; 503 unavailable when the server has no Chromium', params: PlanParams, querystring: ReportQuery, response: file('The PDF') },
      config: { access: planAccess('monitoring.read') },
      handler: async (request, reply) => {
        const report = await reportOf(request, accessOf(request).organizationId);
        const bytes = await printer.print(renderReportHtml(report, documentLanguage(request)), { footerText: report.title });
        return reply.type('application/pdf').header('content-disposition', attachmentHeader(report.title, 'pdf')).send(bytes);
      },
    });
  });
}
