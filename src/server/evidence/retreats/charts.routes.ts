import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addChart } from './add-chart.js';
import { hideObservation } from './hide-observation.js';
import { orderCharts } from './order-charts.js';
import { postObservation } from './post-observation.js';
import { readBoardChart } from './read-board-parts.js';
import { removeChart } from './remove-chart.js';
import { retreatAccess } from './retreat-access.js';
import { BoardChart, ChartBody, ChartOrderBody, ChartParams, HideObservationBody, Observation, ObservationBody, ObservationParams, RetreatParams, UpdateChartBody } from './retreats.schema.js';
import { presentObservation } from './retreats.present.js';
import { updateChart } from './update-chart.js';

/** A retreat's charts (chosen by planners) and the observations written on them (by anyone in the room). */
export async function registerChartRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['data retreats'];
  const scope = (request: FastifyRequest, retreatId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, retreatId };
  };
  const chartView = async (request: FastifyRequest, chart: Parameters<typeof readBoardChart>[2]) => readBoardChart(ctx.db, accessOf(request).organizationId, chart);
  const viewErrors = '400 naming the field: /metric (no data for it), /view/period, /view/group, /view/compare, /view/school_id (not in its data), /area (not of the retreat’s frame).';

  app.post('/api/retreats/:retreatId/charts', {
    schema: { tags, summary: 'Add a chart: an indicator view and the question it answers', description: viewErrors, params: RetreatParams, body: ChartBody, response: { 201: BoardChart, ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => reply.status(201).send(await chartView(request, await addChart({ ...scope(request, request.params.retreatId), values: request.body }))),
  });

  app.put('/api/retreats/:retreatId/charts/order', {
    schema: { tags, summary: 'Put the charts in a new order (every chart once)', description: '400 naming /chart_ids/N for an id not of the retreat or listed twice, /chart_ids when one is missing.', params: RetreatParams, body: ChartOrderBody, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await orderCharts({ ...scope(request, request.params.retreatId), chartIds: request.body.chart_ids });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/retreats/:retreatId/charts/:chartId', {
    schema: { tags, summary: 'Change a chart’s question, metric, view or area', description: `${viewErrors} 409 with the current chart when \`version\` is stale.`, params: ChartParams, body: UpdateChartBody, response: { 200: BoardChart, ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return chartView(request, await updateChart({ ...scope(request, request.params.retreatId), chartId: request.params.chartId, version, values }));
    },
  });

  app.delete('/api/retreats/:retreatId/charts/:chartId', {
    schema: { tags, summary: 'Remove a chart and its observations', params: ChartParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request, reply) => {
      await removeChart({ ...scope(request, request.params.retreatId), chartId: request.params.chartId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/retreats/:retreatId/observations', {
    schema: {
      tags,
      summary: 'Write what you notice or wonder about a chart, as yourself',
      description: 'Anyone of the team who reads evidence takes part as themselves (their participant is made on first use). 403 once the retreat has closed; 400 naming /chart_id, /kind, /body.',
      params: RetreatParams,
      body: ObservationBody,
      response: { 201: Observation, ...standardErrors },
    },
    config: { access: retreatAccess('evidence.read') },
    handler: async (request, reply) => {
      const { retreatId } = request.params;
      const { principal, organizationId } = accessOf(request);
      const row = await postObservation({ db: ctx.db, organizationId, retreatId, contributor: { kind: 'member', userId: principal.user.id, name: principal.user.name }, values: request.body });
      return reply.status(201).send(presentObservation({ ...row, author_name: principal.user.name }));
    },
  });

  app.put('/api/retreats/:retreatId/observations/:observationId', {
    schema: { tags, summary: 'Hide an observation from the room, or show it again (kept for the team)', params: ObservationParams, body: HideObservationBody, response: { 200: Observation, ...standardErrors } },
    config: { access: retreatAccess('evidence.edit') },
    handler: async (request) => {
      const { retreatId, observationId } = request.params;
      return presentObservation(await hideObservation({ ...scope(request, retreatId), observationId, isHidden: request.body.is_hidden }));
    },
  });
}
