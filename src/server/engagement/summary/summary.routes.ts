import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { documentLanguage } from '../../documents/document-language.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { logoFor } from '../../documents/logo-for.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { standardErrors } from '../../http/common.schema.js';
import { surveyAccess } from '../surveys/surveys.routes.js';
import { readPhaseSummary } from './read-phase-summary.js';
import { readSurveySummary } from './read-survey-summary.js';
import { renderSummaryDocx, renderSummaryHtml, summaryTitle } from './render-engagement-summary.js';
import { PhaseParams, SummaryQuery, SurveyParams, SurveySummaryQuery } from './summary.schema.js';

const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });
const cycleAccess = ownedRowAccess('engagement.read', 'planning_cycles', 'cycleId');

/**
 * The engagement summary, "analyzed and presented to district leaders": one survey, or one phase
 * of a planning cycle (its surveys and focus groups), as Word and PDF drawn from the same blocks.
 * Every count goes through the results' own rule, so a small group hidden on screen is hidden here.
 */
export async function registerSummaryRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const printer = sharedPdfPrinter(ctx, fastify);
  const tags = ['engagement summary'];
  const scopeOf = (request: FastifyRequest & { query: { lang?: 'en' | 'es' | undefined } }) => ({
    db: ctx.db,
    organizationId: accessOf(request).organizationId,
    publicUrl: ctx.config.publicUrl,
    language: documentLanguage(request),
  });
  const logoOf = (request: FastifyRequest, input: EngagementSummaryInput) => logoFor({ id: accessOf(request).organizationId, name: input.organizationName });

  const sendDocx = async (request: FastifyRequest, reply: FastifyReply, input: EngagementSummaryInput) =>
    reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentHeader(summaryTitle(input), 'docx')).send(await renderSummaryDocx(input, logoOf(request, input)));
  const sendPdf = async (request: FastifyRequest, reply: FastifyReply, input: EngagementSummaryInput) => {
    const title = summaryTitle(input);
    const bytes = await printer.print(renderSummaryHtml(input, logoOf(request, input)), { footerText: title });
    return reply.type('application/pdf').header('content-disposition', attachmentHeader(title, 'pdf')).send(bytes);
  };

  const surveySchema = (format: string) => ({
    tags,
    summary: `One survey's engagement summary as ${format}: who took part against the population, results by question, themes with quotes`,
    description: 'by: the results’ breakdown, as GET /api/surveys/{surveyId}/results takes it ("@stakeholder_group" among them); the survey’s role question when left out.',
    params: SurveyParams,
    querystring: SurveySummaryQuery,
    response: file(`The ${format} file`),
  });
  app.get('/api/surveys/:surveyId/summary.docx', {
    schema: surveySchema('Word'),
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => sendDocx(request, reply, await readSurveySummary({ ...scopeOf(request), surveyId: request.params.surveyId, by: request.query.by })),
  });
  app.get('/api/surveys/:surveyId/summary.pdf', {
    schema: surveySchema('PDF'),
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => sendPdf(request, reply, await readSurveySummary({ ...scopeOf(request), surveyId: request.params.surveyId, by: request.query.by })),
  });

  const phaseSchema = (format: string) => ({
    tags,
    summary: `A phase's engagement summary as ${format}: every opened survey placed in the phase's engagement plan, and the focus groups held in the phase`,
    params: PhaseParams,
    querystring: SummaryQuery,
    response: file(`The ${format} file`),
  });
  app.get('/api/cycles/:cycleId/phases/:phaseId/engagement-summary.docx', {
    schema: phaseSchema('Word'),
    config: { access: cycleAccess },
    handler: async (request, reply) => sendDocx(request, reply, await readPhaseSummary({ ...scopeOf(request), ...request.params })),
  });
  app.get('/api/cycles/:cycleId/phases/:phaseId/engagement-summary.pdf', {
    schema: phaseSchema('PDF'),
    config: { access: cycleAccess },
    handler: async (request, reply) => sendPdf(request, reply, await readPhaseSummary({ ...scopeOf(request), ...request.params })),
  });
}
