import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cohortAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { CohortDashboard, DashboardParams, DashboardQuery, SpreadsheetQuery } from './dashboard.schema.js';
import { exportCohortDashboard } from './export-cohort-dashboard.js';
import { gzippedDashboard, readCachedDashboard } from './read-cached-dashboard.js';

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Today's date in UTC: deliverables fall due by the calendar day. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A cohort's dashboard, as JSON for the screen and as a workbook to share. */
export async function registerCohortDashboardRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network cohorts'];
  const scope = (request: FastifyRequest, cohortId: string, filters: { providerId?: string; coachId?: string }) => {
    const access = accessOf(request);
    return {
      db: ctx.db,
      networkId: access.organizationId,
      cohortId,
      reader: { userId: access.principal.user.id, role: access.role },
      filters: { providerId: filters.providerId, coachId: filters.coachId },
      today: todayUtc(),
    };
  };

  app.get('/api/cohorts/:cohortId/dashboard', {
    schema: {
      tags,
      summary: 'Every district of the cohort with its phase against the shared timeline, deliverables by status, overdue, waiting review and next session',
      description:
        "A network's coach sees the districts assigned to them, its administrators all. providerId and coachId (a user id) narrow the districts; filters lists the choices. Phase names follow the Accept-Language header.",
      params: DashboardParams,
      querystring: DashboardQuery,
      response: { 200: CohortDashboard, ...standardErrors },
    },
    config: { access: cohortAccess('network.read') },
    // Served from a cache kept per view for a second while nothing is written (read-cached-dashboard.ts).
    handler: async (request, reply) => {
      const entry = await readCachedDashboard({ ...scope(request, request.params.cohortId, request.query), language: readerLanguage(request) });
      reply.type('application/json; charset=utf-8').header('cache-control', 'private, no-cache').header('vary', 'accept-encoding, accept-language');
      // The compress plugin leaves a body already encoded alone; a Buffer with a JSON type is sent as it is.
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(gzippedDashboard(entry) as never);
      return reply.send(entry.body as never);
    },
  });

  app.get('/api/cohorts/:cohortId/dashboard.xlsx', {
    schema: {
      tags,
      summary: 'The cohort dashboard as an Excel workbook: a Districts sheet and a Deliverables sheet',
      description: 'The same filters as the dashboard. Headers in the language of ?lang=, else of the Accept-Language header.',
      params: DashboardParams,
      querystring: SpreadsheetQuery,
      response: { 200: z.any().describe('The .xlsx workbook'), ...standardErrors },
    },
    config: { access: cohortAccess('network.read') },
    handler: async (request, reply) => {
      const { title, workbook } = await exportCohortDashboard({ ...scope(request, request.params.cohortId, request.query), language: request.query.lang ?? readerLanguage(request) });
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentHeader(`${title} dashboard`, 'xlsx', 'cohort-dashboard')).send(workbook);
    },
  });
}
