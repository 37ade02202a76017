import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { judgeAction } from '../../../core/monitoring/action-progress.js';
import { computeMeasureStatus } from '../../../core/monitoring/measure-status.js';
import type { Direction, MeasureForStatus, PeriodValue, ReportingCalendar, RollUpChild } from '../../../core/monitoring/monitoring-types.js';
import { periodEndDate } from '../../../core/monitoring/reporting-periods.js';
import { rollUp } from '../../../core/monitoring/roll-up.js';
import { levelNamesOf, type MonitoredAction, type MonitoredMeasure } from './monitored-plan.js';
import { loadPlanMonitoring, mergedActualsOf, type PlanMonitoring, type PlanText } from './load-plan-monitoring.js';
import { scorecardRepo, type ActionProgressRow, type NarrativeRow } from './scorecard.repo.js';
import { presentNarrative, presentPeriodValue, presentRollUp, presentStatus } from './scorecard.present.js';

/**
 * The leadership dashboard's one read: every goal with its roll-up, its measures with their
 * computed status (all students and each group), and its strategies with their measures and
 * actions. A fixed number of queries whatever the plan's size; everything else is computed in
 * memory by the pure rules of src/core/monitoring.
 */
export async function readScorecard(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string; text?: PlanText }) {
  const [data, narratives, progress] = await Promise.all([
    loadPlanMonitoring(options),
    scorecardRepo.listLatestNarratives(options.db, options.planId),
    scorecardRepo.listLatestActionProgress(options.db, options.planId),
  ]);
  return buildScorecard(data, {
    today: options.today,
    endDates: new Map(),
    narratives: new Map(narratives.map((n) => [n.element_key, n])),
    progress: new Map(progress.map((p) => [p.element_key, p])),
  });
}

interface Extras {
  today: string;
  /** Period labels already dated in this request: a large plan names the same few periods thousands of times. */
  endDates: Map<string, string | null>;
  narratives: ReadonlyMap<string, NarrativeRow>;
  progress: ReadonlyMap<string, ActionProgressRow>;
}

function buildScorecard(data: PlanMonitoring, extras: Extras) {
  const { plan, tree, rules } = data;
  const weightOf = (key: string) => rules.weights[key] ?? 1;

  const goals = tree.goals.map((goal) => {
    const measures = goal.measures.map((m) => scoreMeasure(m, data, extras));
    const strategies = goal.strategies.map((strategy) => {
      const strategyMeasures = strategy.measures.map((m) => scoreMeasure(m, data, extras));
      const actions = strategy.actions.map((a) => scoreAction(a, data, extras));
      const children: RollUpChild[] = [
        ...strategyMeasures.map((m) => ({ key: m.key, kind: 'measure' as const, status: m.status.status, weight: weightOf(m.key) })),
        ...actions.map((a) => ({ key: a.key, kind: 'action' as const, status: a.status ?? ('no_data' as const), weight: weightOf(a.key) })),
      ];
      return { key: strategy.key, title: strategy.fields.title, rollUp: presentRollUp(rollUp(children)), measures: strategyMeasures, actions };
    });
    // A goal is judged by its outcomes, its measures; how its strategies are being carried out is
    // reported beside it, never mixed in, so busy work cannot make a goal look on track.
    const outcomes: RollUpChild[] = measures.map((m) => ({ key: m.key, kind: 'measure' as const, status: m.status.status, weight: weightOf(m.key) }));
    const implementation: RollUpChild[] = strategies.map((s) => ({ key: s.key, kind: 'strategy' as const, status: s.rollUp.status, weight: weightOf(s.key) }));
    return {
      key: goal.key,
      kind: goal.fields.kind ?? 'goal',
      title: goal.fields.title,
      rollUp: presentRollUp(rollUp(outcomes)),
      implementation: presentRollUp(rollUp(implementation)),
      measures,
      strategies,
    };
  });

  return {
    planId: plan.id,
    title: plan.title,
    lifecycle: plan.lifecycle,
    today: extras.today,
    rules: { atRiskProgress: rules.atRiskProgress },
    levelNames: levelNamesOf(plan.header),
    goals,
  };
}

function scoreMeasure(measure: MonitoredMeasure, data: PlanMonitoring, extras: Extras) {
  const { fields } = measure;
  const actuals = mergedActualsOf(measure, data.postedByMeasure);
  const targets = (fields.targets ?? []) as PeriodValue[];
  const dated = (value: PeriodValue) => withEndDate(value, data.calendar, extras.endDates);
  const forStatus: MeasureForStatus = {
    direction: fields.direction as Direction | undefined,
    range: fields.range,
    baseline: fields.baseline ? dated(fields.baseline as PeriodValue) : undefined,
    targets: targets.map(dated),
    actuals: actuals.map(dated),
  };
  const judge = (subgroup: string | null) =>
    computeMeasureStatus({ measure: forStatus, calendar: data.calendar, rules: { atRiskProgress: data.rules.atRiskProgress }, today: extras.today, subgroup });
  return {
    key: measure.key,
    name: fields.name,
    ...(fields.unit !== undefined ? { unit: fields.unit } : {}),
    ...(fields.unit_label !== undefined ? { unitLabel: fields.unit_label } : {}),
    ...(fields.direction !== undefined ? { direction: fields.direction } : {}),
    ...(fields.cadence !== undefined ? { cadence: fields.cadence } : {}),
    owner: data.owners.get(measure.key) ?? null,
    status: presentStatus(judge(null)),
    baseline: fields.baseline ? presentPeriodValue(fields.baseline as PeriodValue) : null,
    targets: targets.map(presentPeriodValue),
    actuals: actuals.map(presentPeriodValue),
    groups: subgroupsOf(targets, actuals).map((subgroup) => ({ subgroup, status: presentStatus(judge(subgroup)) })),
    latestNarrative: presentNarrative(extras.narratives.get(measure.key)),
  };
}

/**
 * The value with its period's end date written in, read from the label once per label, so the
 * status rules (which take ends_on as given) do not parse the same label for every group.
 */
function withEndDate(value: PeriodValue, calendar: ReportingCalendar, endDates: Map<string, string | null>): PeriodValue {
  if (value.period.ends_on) return value;
  let endsOn = endDates.get(value.period.label);
  if (endsOn === undefined) {
    endsOn = periodEndDate(value.period, calendar);
    endDates.set(value.period.label, endsOn);
  }
  return endsOn ? { ...value, period: { label: value.period.label, ends_on: endsOn } } : value;
}

/** The student groups a measure has targets or actuals for, in the order the plan first names them. */
function subgroupsOf(targets: readonly PeriodValue[], actuals: readonly PeriodValue[]): string[] {
  const groups = new Set<string>();
  for (const value of [...targets, ...actuals]) if (value.subgroup) groups.add(value.subgroup);
  return [...groups];
}

function scoreAction(action: MonitoredAction, data: PlanMonitoring, extras: Extras) {
  const { fields } = action;
  const reported = extras.progress.get(action.key);
  // The owner's latest update wins; the plan's own values stand until the first one.
  const reportedStatus = reported?.action_status ?? fields.status ?? null;
  const percentComplete = reported?.percent_complete ?? fields.percent_complete ?? null;
  return {
    key: action.key,
    title: fields.title,
    owner: data.owners.get(action.key) ?? null,
    ...(fields.due !== undefined ? { due: fields.due } : {}),
    ...judgeAction({ reportedStatus, due: fields.due, today: extras.today }),
    percentComplete,
    latestNarrative: presentNarrative(extras.narratives.get(action.key)),
  };
}
