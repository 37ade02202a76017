import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { XLSX_CONTENT_TYPE } from '../../plan/documents/write-plan-workbook.js';
import { findPlan } from '../../plan/plans/read-plan.js';
import { PlanParams } from '../../plan/plans/plans.schema.js';
import { actualsCsv, actualsWorkbook, listActualsRows } from './export-actuals.js';
import { postActuals } from './post-actuals.js';
import { previewActuals } from './preview-actuals.js';
import { readCoverage } from './read-coverage.js';
import { gzippedBody, readCachedScorecard } from './scorecard-cache.js';
import { saveMonitoringRules } from './save-monitoring-rules.js';
import { presentRules } from './scorecard.present.js';
import { scorecardRepo } from './scorecard.repo.js';
import { ActualRowsBody, ActualsPreview, Coverage, MeasureSeries, MonitoringRules, PostActualsResult, Scorecard } from './scorecard.schema.js';

// 100,000 rows of actuals as JSON, or a file of them, fit in 10 MB.
const UPLOAD_BODY_LIMIT = 10 * 1024 * 1024;

/** Today's date in UTC: periods end and updates fall due by the calendar day. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A file in the response body; OpenAPI cannot say more through zod. */
const file = (description: string) => ({ 200: z.any().describe(description), ...standardErrors });

/** The plan's progress: scorecard, owner coverage, the plan's status rules, and actuals in bulk. */
export async function registerScorecardRoutes(fastify: FastifyInstance, ctx: AppContext) {
  // A scope of its own, so the CSV and .xlsx body parsers apply to these routes only.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['monitoring'];
    const scopeOf = (request: { params: { planId: string } }, organizationId: string) => ({ db: ctx.db, organizationId, planId: request.params.planId });

    app.get('/api/plans/:planId/scorecard', {
      schema: {
        tags,
        summary: 'Every goal, measure, strategy and action with its computed status, expected value, latest actual, trend and roll-up',
        params: PlanParams,
        response: { 200: Scorecard, ...standardErrors },
      },
      config: { access: planAccess('monitoring.read') },
      // The answer is kept encoded (scorecard-cache.ts), with an ETag so a dashboard that polls gets 304 while nothing changed.
      handler: async (request, reply) => {
        const entry = await readCachedScorecard({ ...scopeOf(request, accessOf(request).organizationId), today: todayUtc() });
        reply.header('etag', entry.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
        if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send(undefined as never);
        reply.type('application/json; charset=utf-8');
        // Browsers accept gzip; the compressed answer is kept with the cached one (the compress plugin leaves it alone).
        if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(gzippedBody(entry) as never);
        // A Buffer with a JSON content type goes out as it is: Fastify does not serialize it again.
        return reply.send(entry.body as never);
      },
    });

    app.get('/api/plans/:planId/measures/:measureKey/series', {
      schema: {
        tags,
        summary: "One measure's baseline, targets and every actual (all students and each group), for its chart",
        params: PlanParams.extend({ measureKey: z.string().min(1).max(100) }),
        response: { 200: MeasureSeries, ...standardErrors },
      },
      config: { access: planAccess('monitoring.read') },
      handler: async (request) => {
        const { value } = await readCachedScorecard({ ...scopeOf(request, accessOf(request).organizationId), today: todayUtc() });
        const measure = value.goals.flatMap((goal) => [...goal.measures, ...goal.strategies.flatMap((s) => s.measures)]).find((m) => m.key === request.params.measureKey);
        if (!measure) throw notFound('Measure');
        return { key: measure.key, name: measure.name, baseline: measure.baseline, targets: measure.targets, actuals: measure.actuals };
      },
    });

    app.get('/api/plans/:planId/monitoring', {
      schema: { tags, summary: "The plan's status threshold and roll-up weights (defaults, version 0, when never saved)", params: PlanParams, response: { 200: MonitoringRules, ...standardErrors } },
      config: { access: planAccess('monitoring.read') },
      handler: async (request) => {
        const plan = await findPlan(ctx.db, accessOf(request).organizationId, request.params.planId);
        if (!plan) throw notFound('Plan');
        return presentRules(await scorecardRepo.findRules(ctx.db, plan.id));
      },
    });

    app.put('/api/plans/:planId/monitoring', {
      schema: {
        tags,
        summary: "Change the plan's status threshold and roll-up weights",
        description: 'Send the version read (0 when never saved); 409 conflict with the current rules when someone saved since.',
        params: PlanParams,
        body: MonitoringRules,
        response: { 200: MonitoringRules, ...standardErrors },
      },
      config: { access: planAccess('monitoring.manage') },
      handler: async (request) => {
        const access = accessOf(request);
        const saved = await saveMonitoringRules({ ...scopeOf(request, access.organizationId), actor: actorFrom(access.principal), input: request.body });
        return presentRules(saved);
      },
    });

    app.get('/api/plans/:planId/coverage', {
      schema: { tags, summary: 'Owner coverage and staleness: unowned, never updated and overdue measures and actions, by owner and by goal', params: PlanParams, response: { 200: Coverage, ...standardErrors } },
      config: { access: planAccess('monitoring.read') },
      handler: async (request) => readCoverage({ ...scopeOf(request, accessOf(request).organizationId), today: todayUtc() }),
    });

    app.post('/api/plans/:planId/actuals', {
      schema: {
        tags,
        summary: 'Post actuals in bulk, all or nothing',
        description:
          'A JSON array of {measure_key, period, subgroup?, value, n?}. The period is one of the measure\'s reporting periods ("2025-26", "2025-26 Q1", "2025-09") or a label its baseline, targets or actuals already use. ' +
          'One bad row stores nothing: 400 invalid_input with a detail per bad row and field ("/3/measure_key").',
        params: PlanParams,
        body: ActualRowsBody,
        response: { 200: PostActualsResult, ...standardErrors },
      },
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: planAccess('monitoring.manage') },
      handler: async (request) => {
        const access = accessOf(request);
        return postActuals({ ...scopeOf(request, access.organizationId), actor: actorFrom(access.principal), rows: request.body });
      },
    });

    app.post('/api/plans/:planId/actuals/preview', {
      schema: {
        tags,
        summary: 'Check a CSV or XLSX of actuals and show what posting it would change; nothing is stored',
        description: `Send the file as the body with content-type text/csv or ${XLSX_CONTENT_TYPE}; a header row names the columns measure_key, period, subgroup, value, n. Errors name the row of the file and the column.`,
        params: PlanParams,
        response: { 200: ActualsPreview, ...standardErrors },
      },
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: planAccess('monitoring.manage') },
      handler: async (request) => {
        const body = request.body;
        const uploaded = typeof body === 'string' ? ({ kind: 'csv', text: body } as const) : Buffer.isBuffer(body) ? ({ kind: 'xlsx', bytes: body } as const) : null;
        if (!uploaded) throw new AppError('invalid_input', `Send the file as the body with content-type text/csv or ${XLSX_CONTENT_TYPE}`, [{ path: '', message: 'must be a CSV or XLSX file', code: 'unsupported_file_type', params: { types: 'CSV, XLSX' } }]);
        return previewActuals({ ...scopeOf(request, accessOf(request).organizationId), file: uploaded });
      },
    });

    app.get('/api/plans/:planId/actuals.csv', {
      schema: { tags, summary: "Every measure's baseline, targets and actuals by period and group, as CSV", params: PlanParams, response: file('The CSV file') },
      config: { access: planAccess('monitoring.read') },
      handler: async (request, reply) => {
        const { title, rows } = await listActualsRows(scopeOf(request, accessOf(request).organizationId));
        return reply.type('text/csv; charset=utf-8').header('content-disposition', attachmentHeader(`${title} actuals`, 'csv')).send(actualsCsv(rows));
      },
    });

    app.get('/api/plans/:planId/actuals.xlsx', {
      schema: { tags, summary: "Every measure's baseline, targets and actuals by period and group, as an Excel workbook", params: PlanParams, response: file('The .xlsx workbook') },
      config: { access: planAccess('monitoring.read') },
      handler: async (request, reply) => {
        const { title, rows } = await listActualsRows(scopeOf(request, accessOf(request).organizationId));
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentHeader(`${title} actuals`, 'xlsx')).send(await actualsWorkbook(title, rows));
      },
    });
  });
}
