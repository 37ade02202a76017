import { z } from 'zod';
import { actionStatuses, cadences, goalKinds, measureDirections, measureUnits } from '../../../core/plan/format/plan-format.schema.js';
import { planLifecycleSchema } from '../../plan/plans/plans.schema.js';

const date = z.string().describe('YYYY-MM-DD');

export const PeriodValueOut = z
  .object({
    period: z.object({ label: z.string(), ends_on: z.string().optional() }),
    value: z.number().nullable(),
    raw: z.string().optional(),
    note: z.string().optional(),
    subgroup: z.string().optional(),
    n: z.number().int().optional(),
  })
  .meta({ id: 'PeriodValue' });

export const MeasureStatusResultOut = z
  .object({
    status: z.enum(['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']),
    period: z.object({ label: z.string(), ends_on: z.string().optional() }).nullable(),
    expected: z.number().nullable(),
    actual: z.number().nullable(),
    finalTarget: z.number().nullable(),
    trend: z.enum(['improving', 'flat', 'declining', 'unknown']),
    reason: z.string(),
  })
  .meta({ id: 'MeasureStatusResult' });

export const GroupStatusOut = MeasureStatusResultOut.pick({ status: true, expected: true, actual: true, trend: true }).meta({ id: 'GroupStatus' });

export const RollUpResultOut = z
  .object({
    status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data']),
    score: z.number().nullable(),
    counts: z.object({ onTrack: z.number().int(), atRisk: z.number().int(), offTrack: z.number().int(), noData: z.number().int(), total: z.number().int() }),
    explanation: z.string(),
  })
  .meta({ id: 'RollUpResult' });

const Person = z.object({ userId: z.uuid(), name: z.string() });

export const Narrative = z
  .object({ periodLabel: z.string(), happened: z.string().nullable(), why: z.string().nullable(), nextSteps: z.string().nullable(), author: z.string(), createdAt: z.string() })
  .meta({ id: 'LatestNarrative' });

export const ScoreMeasure = z
  .object({
    key: z.string(),
    name: z.string(),
    unit: z.enum(measureUnits).optional(),
    unitLabel: z.string().optional(),
    direction: z.enum(measureDirections).optional(),
    cadence: z.enum(cadences).optional(),
    owner: Person.nullable(),
    status: MeasureStatusResultOut,
    /**
     * Targets and actuals are not here but in GET /api/plans/{planId}/measures/{measureKey}/series:
     * a large plan's dashboard would otherwise carry every month of every group of every measure.
     */
    baseline: PeriodValueOut.nullable(),
    /** Each group's judgement in brief (the reasons and periods are the all-students status's). */
    groups: z.array(z.object({ subgroup: z.string(), status: GroupStatusOut })),
    latestNarrative: Narrative.nullable(),
  })
  .meta({ id: 'ScoreMeasure' });

/** One measure's whole history for its chart: baseline, targets and every actual, merged as the export has them. */
export const MeasureSeries = z
  .object({
    key: z.string(),
    name: z.string(),
    baseline: PeriodValueOut.nullable(),
    targets: z.array(PeriodValueOut),
    /** The imported actuals with the posted ones merged in (a posted value replaces the imported one of its period and group). */
    actuals: z.array(PeriodValueOut),
  })
  .meta({ id: 'MeasureSeries' });

export const ScoreAction = z
  .object({
    key: z.string(),
    title: z.string(),
    owner: Person.nullable(),
    due: date.optional(),
    /** The one status every view shows: the reported status, or off track once the due date has passed unfinished. */
    status: z.enum(actionStatuses).nullable(),
    /** What the owner (or the plan) last reported. */
    reportedStatus: z.enum(actionStatuses).nullable(),
    percentComplete: z.number().nullable(),
    isOverdue: z.boolean(),
    latestNarrative: Narrative.nullable(),
  })
  .meta({ id: 'ScoreAction' });

export const ScoreStrategy = z
  .object({ key: z.string(), title: z.string(), rollUp: RollUpResultOut, measures: z.array(ScoreMeasure), actions: z.array(ScoreAction) })
  .meta({ id: 'ScoreStrategy' });

export const ScoreGoal = z
  .object({
    key: z.string(),
    kind: z.enum(goalKinds),
    title: z.string(),
    rollUp: RollUpResultOut.meta({ description: "The goal's status, from its outcome measures only." }),
    implementation: RollUpResultOut.meta({ description: "How the goal's strategies are being carried out, reported beside its status and never mixed in." }),
    measures: z.array(ScoreMeasure),
    strategies: z.array(ScoreStrategy),
  })
  .meta({ id: 'ScoreGoal' });

export const Scorecard = z
  .object({
    planId: z.uuid(),
    title: z.string(),
    lifecycle: planLifecycleSchema,
    today: date,
    rules: z.object({ atRiskProgress: z.number() }),
    levelNames: z.object({ goal: z.string(), measure: z.string(), strategy: z.string(), action: z.string() }),
    goals: z.array(ScoreGoal),
  })
  .meta({ id: 'Scorecard' });

export const MonitoringRules = z
  .object({
    /** At risk when the actual made at least this share (0-1] of the progress expected from the baseline. */
    atRiskProgress: z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1'),
    /** Roll-up weights by element key (measures, strategies, actions); a key not listed weighs 1. */
    weights: z.record(z.string(), z.number().min(0, 'must be 0 or more').max(100, 'must be at most 100')),
    /** The version read; 0 when the plan's rules were never saved. */
    // An int4 column: a larger number would reach PostgreSQL and answer 500 (22003).
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .meta({ id: 'PlanMonitoringRules' });

const ElementRef = { key: z.string(), kind: z.enum(['measure', 'action']), name: z.string() };
export const Coverage = z
  .object({
    unowned: z.array(z.object(ElementRef)),
    neverUpdated: z.array(z.object({ ...ElementRef, owner: Person.nullable() })),
    overdue: z.array(z.object({ ...ElementRef, owner: Person.nullable(), periodLabel: z.string(), dueOn: date, daysOverdue: z.number().int() })),
    byOwner: z.array(z.object({ userId: z.uuid(), name: z.string(), owned: z.number().int(), overdue: z.number().int(), neverUpdated: z.number().int() })),
    byGoal: z.array(z.object({ goalKey: z.string(), title: z.string(), owned: z.number().int(), unowned: z.number().int(), overdue: z.number().int(), neverUpdated: z.number().int() })),
  })
  .meta({ id: 'Coverage' });

export const MAX_ACTUAL_ROWS = 100_000;

export const ActualRowIn = z.object({
  measure_key: z.string().min(1).max(64),
  period: z.string().trim().min(1).max(500),
  /** null, '' or absent: all students. */
  subgroup: z.string().trim().max(500).nullable().optional(),
  value: z.number().nullable(),
  n: z.number().int('must be a whole number').min(0, 'must be 0 or more').nullable().optional(),
});
export type ActualRowIn = z.infer<typeof ActualRowIn>;

export const ActualRowsBody = z.array(ActualRowIn).min(1, 'send at least one row').max(MAX_ACTUAL_ROWS).meta({ id: 'ActualRows' });

export const PostActualsResult = z.object({ applied: z.number().int(), measures: z.number().int() }).meta({ id: 'PostActualsResult' });

export const ActualsPreview = z
  .object({
    rows: z.array(
      z.object({
        /** The row of the file (the header is row 1). */
        row: z.number().int(),
        measureKey: z.string(),
        period: z.string(),
        subgroup: z.string().nullable(),
        value: z.number().nullable(),
        n: z.number().int().nullable(),
        change: z.enum(['new', 'changed', 'same']),
        previous: z.number().nullable(),
      }),
    ),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  })
  .meta({ id: 'ActualsPreview' });
