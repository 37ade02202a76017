import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { enterPaperResponse } from './enter-paper-response.js';
import { exportSurveyResponses } from './export-survey-responses.js';
import { resultsRows } from './export-survey-results.js';
import { readSurvey } from './list-surveys.js';
import { readEncodedSurveyResults, readSurveyResults } from './read-survey-results.js';
import { SurveyResults } from './survey-results.schema.js';
import { toCsv, toWorkbook, XLSX_CONTENT_TYPE } from './survey-spreadsheets.js';
import { surveyAccess } from './surveys.routes.js';
import { PaperResponseBody, ResultsQuery, SubmissionAccepted, SurveyParams } from './surveys.schema.js';

const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });

/** What people said: results (protected), the responses and results as files, and paper forms typed in. */
export async function registerSurveyResultsRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey results'];
  const scopeOf = (request: FastifyRequest) => ({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: (request.params as { surveyId: string }).surveyId });

  app.get('/api/surveys/:surveyId/results', {
    schema: {
      tags,
      summary: 'Each question’s counts, broken down by a single-choice or Likert question, or by stakeholder group',
      description:
        'by: a question key (school and role are demographic questions), or "@stakeholder_group" for the stakeholder group each response came through (a group link or a mailed invitation), each group keyed by its id and "no_group" for responses of none. ' +
        'A group smaller than the district’s threshold, and any cell from which one could be worked out, is {"suppressed": true} without a count.',
      params: SurveyParams,
      querystring: ResultsQuery,
      response: { 200: SurveyResults, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    // Kept encoded between responses (read-survey-results.ts); bytes with a JSON type go out as they are.
    handler: async (request, reply) => {
      const encoded = await readEncodedSurveyResults({ ...scopeOf(request), by: request.query.by ?? null });
      reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      // Browsers accept gzip; the compressed answer is kept with the encoded one (the compress plugin leaves it alone).
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(encoded.gzipped as never);
      return reply.send(encoded.body as never);
    },
  });

  const resultsFile = async (request: FastifyRequest, by: string | undefined) => {
    const scope = scopeOf(request);
    const [survey, results] = await Promise.all([readSurvey(scope), readSurveyResults({ ...scope, by: by ?? null })]);
    const document = survey.document as SurveyDocument;
    return { title: `${survey.title} results`, ...resultsRows(results, { language: readerLanguage(request), fallbacks: document.languages }) };
  };
  app.get('/api/surveys/:surveyId/results.csv', {
    schema: { tags, summary: 'The results as CSV, small groups hidden as on screen', params: SurveyParams, querystring: ResultsQuery, response: file('The CSV file') },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => {
      const { title, header, rows } = await resultsFile(request, request.query.by);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader(title, 'csv')).send(toCsv(header, rows));
    },
  });
  app.get('/api/surveys/:surveyId/results.xlsx', {
    schema: { tags, summary: 'The results as an Excel workbook, small groups hidden as on screen', params: SurveyParams, querystring: ResultsQuery, response: file('The .xlsx workbook') },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => {
      const { title, header, rows } = await resultsFile(request, request.query.by);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentHeader(title, 'xlsx')).send(await toWorkbook(title, [{ name: 'Results', header, rows, widths: [14, 40, 24, 24] }]));
    },
  });

  const responsesFile = (request: FastifyRequest) =>
    exportSurveyResponses({ ...scopeOf(request), mayReadIdentities: accessOf(request).permissions.has('engagement.manage'), language: readerLanguage(request) });
  app.get('/api/surveys/:surveyId/responses.csv', {
    schema: { tags, summary: 'Every response as a row, one column per question (identities only for administrators, never for anonymous surveys)', params: SurveyParams, response: file('The CSV file') },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => {
      const { title, header, rows } = await responsesFile(request);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader(`${title} responses`, 'csv')).send(toCsv(header, rows));
    },
  });
  app.get('/api/surveys/:surveyId/responses.xlsx', {
    schema: { tags, summary: 'Every response as a row in an Excel workbook, with the questions’ words on a second sheet', params: SurveyParams, response: file('The .xlsx workbook') },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => {
      const { title, header, rows, questionRows } = await responsesFile(request);
      const workbook = await toWorkbook(`${title} responses`, [
        { name: 'Responses', header, rows },
        { name: 'Questions', header: ['column', 'type', 'question', 'item'], rows: questionRows, widths: [20, 10, 60, 40] },
      ]);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentHeader(`${title} responses`, 'xlsx')).send(workbook);
    },
  });

  app.post('/api/surveys/:surveyId/paper-responses', {
    schema: {
      tags,
      summary: 'Type in a paper form (marked as paper, with who entered it)',
      description: '201 with the response id; 200 with the same id when this submission_id was entered before. Answers are checked as online ones are.',
      params: SurveyParams,
      body: PaperResponseBody,
      response: { 200: SubmissionAccepted, 201: SubmissionAccepted, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const { submission_id, locale, answers, respondent, stakeholder_group_id } = request.body;
      const stored = await enterPaperResponse({
        db: ctx.db,
        actor: actorFrom(access.principal),
        organizationId: access.organizationId,
        surveyId: request.params.surveyId,
        submissionId: submission_id,
        locale,
        answers,
        respondent,
        stakeholderGroupId: stakeholder_group_id,
      });
      return reply.status(stored.created ? 201 : 200).send({ id: stored.id });
    },
  });
}
