import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { surveyStarters } from '../starters/survey-starters.js';
import { changeSurveySettings } from './change-survey-settings.js';
import { closeSurvey } from './close-survey.js';
import { copySurveyStarter } from './copy-survey-starter.js';
import { createSurvey } from './create-survey.js';
import { deleteSurvey } from './delete-survey.js';
import { listSurveys, readSurvey } from './list-surveys.js';
import { openSurvey } from './open-survey.js';
import { saveSurvey } from './save-survey.js';
import { publicUrlOf } from './survey-life.js';
import { presentSurvey, presentSurveySummary } from './surveys.present.js';
import {
  DistrictParams,
  FromStarterBody,
  OpenedSurvey,
  SaveSurveyBody,
  Survey,
  SurveyDocument,
  SurveyList,
  SurveyParams,
  SurveySettingsBody,
  SurveyStarterList,
} from './surveys.schema.js';

export const surveyAccess = (permission: 'engagement.read' | 'engagement.edit' | 'engagement.manage') => ownedRowAccess(permission, 'surveys', 'surveyId');

/** The district's surveys: the builder's reads and writes, the starter library, opening and closing. */
export async function registerSurveyRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];
  const publicUrl = ctx.config.publicUrl;
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId };
  };

  app.get('/api/districts/:districtId/surveys', {
    schema: { tags, summary: 'The district’s surveys, newest first, with their responses counted', params: DistrictParams, response: { 200: SurveyList, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => ({ surveys: (await listSurveys({ db: ctx.db, organizationId: accessOf(request).organizationId })).map((row) => presentSurveySummary(row)) }),
  });

  app.post('/api/districts/:districtId/surveys', {
    schema: {
      tags,
      summary: 'Add a survey from a survey/v1 document (a new draft)',
      description: 'The body is the document itself. 400 lists every problem by JSON pointer and stores nothing.',
      params: DistrictParams,
      body: SurveyDocument,
      response: { 201: Survey, ...standardErrors },
    },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request, reply) => reply.status(201).send(presentSurvey(await createSurvey({ ...scope(request), input: request.body }), publicUrl)),
  });

  app.get('/api/districts/:districtId/survey-starters', {
    schema: { tags, summary: 'The starter library: surveys the planning frameworks call for, in English and Spanish', params: DistrictParams, response: { 200: SurveyStarterList, ...standardErrors } },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async () => ({ starters: surveyStarters.map((starter) => ({ ...starter })) }),
  });

  app.post('/api/districts/:districtId/surveys/from-starter', {
    schema: { tags, summary: 'Copy a starter into a new draft survey to adapt', params: DistrictParams, body: FromStarterBody, response: { 201: Survey, ...standardErrors } },
    config: { access: organizationAccess('engagement.edit', 'districtId') },
    handler: async (request, reply) => reply.status(201).send(presentSurvey(await copySurveyStarter({ ...scope(request), starterKey: request.body.starter_key }), publicUrl)),
  });

  app.get('/api/surveys/:surveyId', {
    schema: { tags, summary: 'A survey: its document, status, public link, dates, responses and missing translations', params: SurveyParams, response: { 200: Survey, ...standardErrors } },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) => presentSurvey(await readSurvey({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId }), publicUrl),
  });

  app.put('/api/surveys/:surveyId', {
    schema: {
      tags,
      summary: 'Save a survey’s document',
      description: 'A draft may change in any way; an open or closed survey only in its texts (409 otherwise). 409 with the current survey when `version` is stale.',
      params: SurveyParams,
      body: SaveSurveyBody,
      response: { 200: Survey, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) =>
      presentSurvey(await saveSurvey({ ...scope(request), surveyId: request.params.surveyId, version: request.body.version, input: request.body.document, publicUrl }), publicUrl),
  });

  app.patch('/api/surveys/:surveyId/settings', {
    schema: { tags, summary: 'Change when a survey takes responses and the cycle and engagement it serves', params: SurveyParams, body: SurveySettingsBody, response: { 200: Survey, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      const { version, ...settings } = request.body;
      return presentSurvey(await changeSurveySettings({ ...scope(request), surveyId: request.params.surveyId, version, settings, publicUrl }), publicUrl);
    },
  });

  app.delete('/api/surveys/:surveyId', {
    schema: { tags, summary: 'Delete a draft, or a survey nobody has answered', params: SurveyParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request, reply) => {
      await deleteSurvey({ ...scope(request), surveyId: request.params.surveyId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/surveys/:surveyId/open', {
    schema: {
      tags,
      summary: 'Open a survey to respondents; returns its public code and link',
      description: 'Refused (400, code missing_translation per text) while a listed language lacks a text. The code is kept when a survey is opened again.',
      params: SurveyParams,
      response: { 200: OpenedSurvey, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      const opened = await openSurvey({ ...scope(request), surveyId: request.params.surveyId });
      return { id: opened.id, status: 'open' as const, public_code: opened.code, public_url: publicUrlOf(publicUrl, opened.code)! };
    },
  });

  app.post('/api/surveys/:surveyId/close', {
    schema: { tags, summary: 'Close a survey: it takes no more responses', params: SurveyParams, response: { 200: Survey, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => presentSurvey(await closeSurvey({ ...scope(request), surveyId: request.params.surveyId }), publicUrl),
  });

  app.get('/api/surveys/:surveyId/export', {
    schema: { tags, summary: 'The survey as a survey/v1 document (import it again with POST /api/districts/{districtId}/surveys)', params: SurveyParams, response: { 200: SurveyDocument, ...standardErrors } },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request, reply) => {
      const survey = await readSurvey({ db: ctx.db, organizationId: accessOf(request).organizationId, surveyId: request.params.surveyId });
      return reply.header('content-disposition', `attachment; filename="survey-${survey.id}.json"`).send(survey.document as z.infer<typeof SurveyDocument>);
    },
  });
}
