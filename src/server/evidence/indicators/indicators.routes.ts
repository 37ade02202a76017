import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { DistrictParams, EvidenceMetrics, Indicator, IndicatorParams, IndicatorQuery } from './indicators.schema.js';
import { listEvidenceMetrics } from './list-evidence-metrics.js';
import { presentIndicator } from './indicators.present.js';
import { readIndicator } from './read-indicator.js';

/** Indicators over the district's tidy rows: what its data measures, and one metric by school, group or period. */
export async function registerIndicatorRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];

  app.get('/api/districts/:districtId/evidence/metrics', {
    schema: {
      tags,
      summary: "The metrics of the district's ready datasets, with their periods, student groups and how many schools they cover",
      params: DistrictParams,
      response: { 200: EvidenceMetrics, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => listEvidenceMetrics({ db: ctx.db, organizationId: accessOf(request).organizationId }),
  });

  app.get('/api/districts/:districtId/indicators/:metric', {
    schema: {
      tags,
      summary: 'One metric by school, by student group or over time, with gaps and change, small groups hidden',
      description:
        "by=school: the district's schools for one period (the latest unless `period`) and group (all students unless `group`). " +
        'by=group: the student groups of the district, or of one school (`school`), for one period. by=period: one group of the district or a school over time. ' +
        "Values combine the rows of each ready dataset's current import, weighted by n (a plain mean when a row has no n). " +
        '`compare` names a group: gap_to_comparison is each cell minus that group (by=school: the same school\'s value for it). ' +
        'Cells under the district\'s threshold are hidden (small_group) with complementary suppression, on every cell returned. ' +
        '404 not_found for a metric the district has no data for; 400 invalid_input naming /by, /period, /group, /compare or /school for one the data does not have.',
      params: IndicatorParams,
      querystring: IndicatorQuery,
      response: { 200: Indicator, ...standardErrors },
    },
    config: { access: organizationAccess('evidence.read', 'districtId') },
    handler: async (request) => presentIndicator(await readIndicator({ db: ctx.db, organizationId: accessOf(request).organizationId, metric: request.params.metric, query: request.query })),
  });
}
