import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { synthesisCsvRows } from '../../../core/engagement/focus-groups/synthesis-csv.js';
import { synthesisWords } from '../../../core/engagement/focus-groups/synthesis-words.js';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { documentLanguage, documentLanguageQuery } from '../../documents/document-language.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { CycleParams } from './focus-groups.schema.js';
import { addTheme, changeTheme, presentTheme, removeTheme } from './manage-themes.js';
import { presentSynthesis, readSynthesis } from './read-synthesis.js';
import { ChangeThemeBody, NewThemeBody, Synthesis, Theme, ThemeList, ThemeParams } from './themes.schema.js';
import { themesRepo } from './themes.repo.js';

const cycleAccess = (permission: Permission) => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** The cycle's shared codebook of themes, and the synthesis table: theme by focus group, with quotes. */
export async function registerThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['focus groups'];
  const scope = (request: FastifyRequest, cycleId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId };
  };

  app.get('/api/cycles/:cycleId/focus-group-themes', {
    schema: { tags, summary: "The cycle's codebook: each theme with how many groups and passages carry it", params: CycleParams, response: { 200: ThemeList, ...standardErrors } },
    config: { access: cycleAccess('engagement.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      if (!(await readCycleContents({ db: ctx.db, organizationId, cycleId: request.params.cycleId }))) throw notFound('Cycle');
      return { themes: (await themesRepo.list(ctx.db, organizationId, request.params.cycleId)).map(presentTheme) };
    },
  });

  app.post('/api/cycles/:cycleId/focus-group-themes', {
    schema: { tags, summary: 'Add a theme to the codebook', params: CycleParams, body: NewThemeBody, response: { 201: Theme, ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request, reply) => reply.status(201).send(await addTheme({ ...scope(request, request.params.cycleId), values: request.body })),
  });

  app.patch('/api/cycles/:cycleId/focus-group-themes/:codebookThemeId', {
    schema: { tags, summary: 'Rename or redescribe a theme', params: ThemeParams, body: ChangeThemeBody, response: { 200: Theme, ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return changeTheme({ ...scope(request, request.params.cycleId), themeId: request.params.codebookThemeId, version, values });
    },
  });

  app.delete('/api/cycles/:cycleId/focus-group-themes/:codebookThemeId', {
    schema: { tags, summary: 'Remove a theme and the codes that carry it', params: ThemeParams, response: { 200: z.object({ removed: z.uuid(), codes_removed: z.number().int() }), ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => removeTheme({ ...scope(request, request.params.cycleId), themeId: request.params.codebookThemeId }),
  });

  app.get('/api/cycles/:cycleId/focus-group-synthesis', {
    schema: { tags, summary: 'Theme by focus group: how many groups raised each theme, with quotes', params: CycleParams, response: { 200: Synthesis, ...standardErrors } },
    config: { access: cycleAccess('engagement.read') },
    handler: async (request) => presentSynthesis(await readSynthesis({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId })),
  });

  app.get('/api/cycles/:cycleId/focus-group-synthesis.csv', {
    schema: {
      tags,
      summary: 'The synthesis table as CSV, in the reader\'s language',
      params: CycleParams,
      querystring: z.object(documentLanguageQuery),
      response: { 200: z.any().describe('The CSV file'), ...standardErrors },
    },
    config: { access: cycleAccess('engagement.read') },
    handler: async (request, reply) => {
      const language = documentLanguage(request);
      const synthesis = await readSynthesis({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId });
      // The byte-order mark makes spreadsheet programs read the accents of Spanish as UTF-8.
      const csv = `\ufeff${stringify(synthesisCsvRows(synthesis, synthesisWords[language]))}`;
      const name = language === 'es' ? 'Síntesis de grupos focales' : 'Focus group synthesis';
      return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader(name, 'csv')).send(csv);
    },
  });
}
