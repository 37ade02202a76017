import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { issueFormToken } from './issue-form-token.js';
import { readPublicSurvey } from './read-public-survey.js';
import { submitSurveyResponse } from './submit-survey-response.js';
import { CodeParams, PublicSurvey, SubmissionAccepted, SubmissionBody } from './surveys.schema.js';

/**
 * What these routes log of a request: its method and route, never the respondent's address or
 * user agent (Fastify's default request log carries the remote address). The code is the survey's,
 * printed on flyers; it says nothing about who answered.
 */
const respondentLogSerializers = { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) };

/** The respondent's side, without sign-in: a survey by its public code, and answers to it. */
export async function registerSurveyPublicRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey respondents'];
  const errors = { ...standardErrors, 410: ErrorResponse };

  app.get('/api/public/surveys/:code', {
    schema: {
      tags,
      summary: 'What a respondent needs to answer an open survey (for anyone with its code)',
      description: '404 for an unknown code or a survey not open; 410 once it has closed. Messages are in the reader’s language (Accept-Language: English or Spanish).',
      params: CodeParams,
      response: { 200: PublicSurvey, ...errors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: respondentLogSerializers,
    handler: async (request, reply) => {
      const survey = await readPublicSurvey({ db: ctx.db, code: request.params.code, language: readerLanguage(request) });
      reply.header('cache-control', 'no-store');
      return {
        code: survey.code,
        organization_name: survey.organizationName,
        closes_at: survey.closesAt ? survey.closesAt.toISOString() : null,
        form_token: issueFormToken({ code: survey.code, secret: ctx.config.sessionSecret }),
        document: survey.document,
      };
    },
  });

  app.post('/api/public/surveys/:code/responses', {
    schema: {
      tags,
      summary: 'Send one respondent’s answers',
      description:
        '201 with the response id once it is stored; 200 with the same id when this submission_id was received before (a retry). ' +
        '400 names the field (/answers/<key>, /locale, /form_token); 429 past 60 responses an hour from one address to one survey (a kiosk token lifts it); 404/410 as the survey’s GET.',
      params: CodeParams,
      body: SubmissionBody,
      response: { 200: SubmissionAccepted, 201: SubmissionAccepted, ...errors },
      security: [],
    },
    // checkAnswers refuses a text answer the database could not store; nothing else sent is stored.
    config: { access: publicAccess, checksStorableText: true },
    logSerializers: respondentLogSerializers,
    // The answer is an id (under compression's threshold) and no respondent's browser sends a
    // compressed body: the compression hooks would only cost every response their time.
    compress: false,
    decompress: false,
    // The answer is the stored id (or an error already shaped by the error handler): written as is, not parsed again by zod.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request, reply) => {
      const stored = await submitSurveyResponse({
        db: ctx.db,
        code: request.params.code,
        submission: request.body,
        channel: 'web',
        client: { address: request.ip },
        secret: ctx.config.sessionSecret,
      });
      return reply.status(stored.created ? 201 : 200).send({ id: stored.id });
    },
  });
}
