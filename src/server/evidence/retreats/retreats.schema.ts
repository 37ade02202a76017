import { z } from 'zod';
import { retreatCitationsSchema } from '../../../core/evidence/retreat/retreat-citations.js';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';
import { Indicator } from '../indicators/indicators.schema.js';

/** The data retreat speaks snake_case, like the rest of evidence. */
export const requiredText = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));
/** A text the team may leave empty (a gap analysis filled in over several sittings). */
export const optionalText = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`));
const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });

export const CycleParams = z.object({ cycleId: z.uuid() });
export const RetreatParams = z.object({ retreatId: z.uuid() });
export const ChartParams = RetreatParams.extend({ chartId: z.uuid() });
export const ObservationParams = RetreatParams.extend({ observationId: z.uuid() });
export const ItemParams = RetreatParams.extend({ itemId: z.uuid() });
export const PriorityParams = RetreatParams.extend({ priorityId: z.uuid() });

export const frameSchema = z.enum(['none', 'performance_fact']).meta({ description: "performance_fact: charts, SWOT items and priorities are sorted into Performance Fact's five areas" });
export const areaSchema = z
  .string()
  .max(60)
  .nullable()
  .meta({ description: 'A key of the retreat’s frame (achievement_growth, trust, teaching_learning, operations_resources, culture); null when not sorted' });
const dotsPerPerson = z.number().int().min(1).max(20).meta({ description: 'Dots each person may spend on the SWOT board (1 to 20)' });
export const quadrantSchema = z.enum(['strength', 'weakness', 'opportunity', 'threat']);
export const citationsSchema = retreatCitationsSchema.meta({
  id: 'RetreatCitations',
  description: 'What an item or a priority cites: a chart of the retreat, an observation on one, or evidence in words with a plan evidence link (a survey or conversation result)',
});

export const NewRetreatBody = z.strictObject({
  session_id: z.uuid({ message: 'must be a session id' }).meta({ description: 'A session of the cycle; one retreat per session' }),
  title: requiredText(200),
  dots_per_person: dotsPerPerson.optional(),
  frame: frameSchema.optional(),
});
export type NewRetreatValues = z.infer<typeof NewRetreatBody>;

export const UpdateRetreatBody = z.strictObject({
  title: requiredText(200).optional(),
  dots_per_person: dotsPerPerson.optional(),
  frame: frameSchema.optional(),
  status: z.enum(['open', 'closed']).optional().meta({ description: 'closed: the room is read-only (no observations, items or dots)' }),
  version: versionSchema,
});
export type RetreatChanges = Omit<z.infer<typeof UpdateRetreatBody>, 'version'>;

export const Retreat = z
  .object({
    id: z.uuid(),
    cycle_id: z.uuid(),
    session_id: z.uuid(),
    title: z.string(),
    join_code: z.string().meta({ description: 'Six characters no one misreads; the room is /r/<join_code>' }),
    join_url: z.string(),
    dots_per_person: z.number().int(),
    frame: frameSchema,
    status: z.enum(['open', 'closed']),
    version: z.number().int(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: 'Retreat' });

export const RetreatSummary = Retreat.extend({
  charts: z.number().int(),
  participants: z.number().int(),
  swot_items: z.number().int(),
  priorities: z.number().int(),
}).meta({ id: 'RetreatSummary' });
export const RetreatList = z.object({ retreats: z.array(RetreatSummary) }).meta({ id: 'RetreatList' });

export const ChartView = z
  .strictObject({
    by: z.enum(['school', 'group', 'period'], { message: 'must be school, group or period' }),
    period: requiredText(40).optional(),
    group: requiredText(200).optional(),
    school_id: z.uuid({ message: 'must be a school id' }).optional(),
    compare: requiredText(200).optional(),
  })
  .meta({ id: 'RetreatChartView', description: 'The indicator view the chart shows (the parameters of GET /api/districts/{districtId}/indicators/{metric})' });
export type ChartViewValues = z.infer<typeof ChartView>;

export const ChartBody = z.strictObject({
  question: requiredText(500).meta({ description: 'The question the chart answers, read aloud in the room' }),
  metric: requiredText(200).meta({ description: 'A metric key of the district’s data (GET /api/districts/{districtId}/evidence/metrics)' }),
  view: ChartView,
  area: areaSchema.optional(),
});
export type ChartValues = z.infer<typeof ChartBody>;
export const UpdateChartBody = ChartBody.extend({ version: versionSchema });
export const ChartOrderBody = z.strictObject({ chart_ids: z.array(z.uuid({ message: 'must be a chart id' })).max(200) });

export const ChartData = Indicator.nullable().meta({ description: 'The indicator, small groups hidden; null when the metric has no data (data_problem says why)' });
export const DataProblem = z.object({ code: z.string(), message: z.string() }).nullable();

export const ObservationBody = z.strictObject({
  chart_id: z.uuid({ message: 'must be a chart id' }),
  kind: z.enum(['notice', 'wonder']).meta({ description: '"I notice..." or "I wonder..."' }),
  body: requiredText(500),
});
export type ObservationValues = z.infer<typeof ObservationBody>;
export const HideObservationBody = z.strictObject({ is_hidden: z.boolean() });

export const Observation = z
  .object({
    id: z.uuid(),
    chart_id: z.uuid(),
    kind: z.enum(['notice', 'wonder']),
    body: z.string(),
    is_hidden: z.boolean(),
    author: z.string().nullable().meta({ description: 'The participant’s name, for the team only' }),
    created_at: timestamp,
  })
  .meta({ id: 'RetreatObservation' });

export const BoardChart = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    question: z.string(),
    metric: z.string(),
    view: ChartView,
    area: z.string().nullable(),
    version: z.number().int(),
    data: ChartData,
    data_problem: DataProblem,
    observations: z.array(Observation),
  })
  .meta({ id: 'RetreatChart' });
