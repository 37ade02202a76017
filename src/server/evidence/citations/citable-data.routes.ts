import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { evidenceLinkSchema } from '../../../core/plan/format/evidence.js';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { listCitableIndicators } from './list-citable-indicators.js';

const CitableData = z
  .object({
    items: z.array(
      z.object({
        /** What a plan element stores in its evidence's `link` (kind `evidence_indicator`). */
        link: evidenceLinkSchema,
        /** The metric's name; the picker groups readings by it. */
        source: z.string(),
        label: z.string(),
        /** The reading in words, in the reader's language, that the element's evidence starts from. */
        text: z.string(),
      }),
    ),
  })
  .meta({ id: 'CitableData' });

/** What a plan element can cite of the district's data: the plan editor's evidence picker reads it beside the engagement domain's list. */
export async function registerCitableDataRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/districts/:districtId/citable-data', {
    schema: {
      tags: ['indicators'],
      summary: "Readings of the district's data a plan element can cite: each metric's latest year for the district and by student group, with the gap to the district",
      description: 'Every value passed the small-group rule; a hidden group is never offered. The words are in the reader’s language.',
      params: z.object({ districtId: z.uuid() }),
      response: { 200: CitableData, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => ({ items: await listCitableIndicators({ db: ctx.db, organizationId: accessOf(request).organizationId, language: readerLanguage(request) }) }),
  });
}
