import type { Action, Measure, PlanDocument, Strategy } from './format/plan-format.schema.js';
import { assemblePlan, type FlatElement, type PlanHeader } from './format/plan-tree.js';
import { labelElement } from './element-label.js';
import { checkMeasure } from './measure-checks.js';
import { missingOwnerMessage } from './owner-check.js';
import { countPlan } from './plan-counts.js';
import { checkStudentGroups, type StudentGroupLookup } from './student-group-checks.js';
import { findTargetsOutsidePlanYears } from './target-years.js';
import type { PlanCheck, PlanCheckCode } from './plan-check.js';

export { planCheckCodes, type PlanCheck, type PlanCheckCode } from './plan-check.js';

/**
 * The field's warning signs (FIELD-GUIDE.md): past these a plan stops being something a board can
 * monitor. Goals counts goals of kind `goal` only: interim goals break a goal down and guardrails
 * constrain the superintendent, and good governance practice asks for a few of each, so counting
 * them as goals would punish the plans that follow it. Measures counts the measures of goals,
 * interim goals and guardrails (the board's scorecard), not the strategies' leading indicators,
 * which management watches. Strategies counts every strategy.
 */
export const MAX_GOALS = 7;
/** See MAX_GOALS: measures of goals, interim goals and guardrails. */
export const MAX_MEASURES = 25;
/** See MAX_GOALS: every strategy of the plan. */
export const MAX_STRATEGIES = 20;

/** What checkPlan may need besides the document. */
export interface PlanCheckOptions {
  /** The day to judge due dates against (YYYY-MM-DD, a longer ISO timestamp is cut). Without it nothing is overdue, so the result depends on the document alone. */
  today?: string;
  /** Element key -> the name of the person who owns it (element_owners). Without it the plan's own owner words count. */
  owners?: ReadonlyMap<string, string>;
  /** The district's student groups: without it, the groups a plan writes are not checked. */
  studentGroups?: StudentGroupLookup;
}

/**
 * Finds what makes a plan hard to carry out or to monitor: plan-wide complexity first, then each
 * element in document order. Canceled actions are skipped, since nothing more is expected of them.
 *
 * Actions. An action has dates when it has a due date, a timeline ("Summer 2027") or a milestone
 * with a due date: each says when the work happens. A timeline alone passes, with an info, because
 * reminders can only be scheduled from a date. An action has a measurable result (the M of SMART)
 * when something will show it is done: evidence, at least one milestone, or a measure on its
 * strategy (a leading indicator that the action moves). Measures: see checkMeasure.
 */
export function checkPlan(document: PlanDocument, options: PlanCheckOptions = {}): PlanCheck[] {
  const names = document.plan.level_names;
  const today = options.today?.slice(0, 10);
  const checks: PlanCheck[] = [...checkComplexity(document)];
  for (const goal of document.plan.goals) {
    const goalLabel = labelElement(names, goal.kind ?? 'goal', goal.key, goal.title);
    for (const measure of goal.measures ?? []) checks.push(...measureChecks(document, measure, options));
    for (const strategy of goal.strategies ?? []) {
      const label = labelElement(names, 'strategy', strategy.key, strategy.title);
      const noOwner = missingOwnerMessage({ label: `${label} (under ${goalLabel})`, key: strategy.key, role: strategy.owner, owners: options.owners });
      if (noOwner) checks.push({ key: strategy.key, level: 'strategy', code: 'strategy_missing_owner', severity: 'warning', message: noOwner, field: 'owner' });
      for (const measure of strategy.measures ?? []) checks.push(...measureChecks(document, measure, options));
      for (const action of strategy.actions ?? []) {
        if (action.status !== 'canceled') checks.push(...checkAction(action, strategy, labelElement(names, 'action', action.key, action.title), today, options.owners));
      }
    }
  }
  return checks;
}

/** Everything checked of one measure: its own fields, its targets' years, its student groups. */
function measureChecks(document: PlanDocument, measure: Measure, options: PlanCheckOptions): PlanCheck[] {
  const label = labelElement(document.plan.level_names, 'measure', measure.key, measure.name);
  return [...checkMeasure(measure, label, options.owners), ...checkTargetYears(document, measure), ...(options.studentGroups ? checkStudentGroups(measure, label, options.studentGroups) : [])];
}

/** A target dated outside the plan's years (its `period`), one warning per target. */
function checkTargetYears(document: PlanDocument, measure: Measure): PlanCheck[] {
  const period = document.plan.period;
  const label = labelElement(document.plan.level_names, 'measure', measure.key, measure.name);
  return findTargetsOutsidePlanYears(measure, period).map(({ period: target, side }) => ({
    key: measure.key,
    level: 'measure',
    code: 'measure_target_outside_plan',
    severity: 'warning',
    message: `${label} has a target for ${target.label}, ${side === 'after' ? `after the plan ends (${period!.end.label})` : `before the plan begins (${period!.start.label})`}.`,
    field: 'targets',
  }));
}

/** checkPlan over the editor's rows: assembles the document from the header and the elements first. */
export function checkFlatPlan(elements: readonly FlatElement[], header: PlanHeader, options: PlanCheckOptions = {}): PlanCheck[] {
  return checkPlan(assemblePlan(header, elements), options);
}

function checkComplexity(document: PlanDocument): PlanCheck[] {
  const counts = countPlan(document);
  const limits = [
    { code: 'plan_too_many_goals', count: counts.goals, limit: MAX_GOALS, what: 'goals' },
    { code: 'plan_too_many_measures', count: counts.boardMeasures, limit: MAX_MEASURES, what: 'measures on its goals, interim goals and guardrails' },
    { code: 'plan_too_many_strategies', count: counts.strategies, limit: MAX_STRATEGIES, what: 'strategies' },
  ] as const;
  return limits
    .filter(({ count, limit }) => count > limit)
    .map(({ code, count, limit, what }) => ({
      key: null,
      level: 'plan',
      code,
      severity: 'warning',
      message: `The plan has ${count} ${what}; past ${limit}, boards and committees struggle to monitor them. Consider merging or dropping some.`,
    }));
}

function checkAction(action: Action, strategy: Strategy, label: string, today: string | undefined, owners: ReadonlyMap<string, string> | undefined): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const add = (code: PlanCheckCode, severity: PlanCheck['severity'], message: string, field: string) =>
    checks.push({ key: action.key, level: 'action', code, severity, message, field });
  const datedMilestones = (action.milestones ?? []).filter((milestone) => milestone.due);

  const noOwner = missingOwnerMessage({ label, key: action.key, role: action.owner, owners });
  if (noOwner) add('action_missing_owner', 'warning', noOwner, 'owner');

  if (!action.due && !action.timeline?.trim() && !datedMilestones.length) {
    add('action_missing_dates', 'warning', `${label} has no due date, timeline or dated milestone, so nobody knows when it should be done.`, 'due');
  } else if (!action.due && !datedMilestones.length) {
    add('action_timeline_only', 'info', `${label} has a timeline ("${action.timeline!.trim()}") but no due date, so no reminder can be sent before it is due.`, 'due');
  }
  if (action.start && action.due && action.due < action.start) add('action_due_before_start', 'warning', `${label} is due (${action.due}) before it starts (${action.start}).`, 'due');
  if (today && action.due && action.due < today && action.status !== 'complete') {
    add('action_overdue', 'warning', `${label} was due on ${action.due} and is not marked complete.`, 'due');
  }

  const hasResult = Boolean(action.evidence?.trim()) || Boolean(action.milestones?.length) || Boolean(strategy.measures?.length);
  if (!hasResult) {
    add('action_missing_measurable_result', 'warning', `${label} has no measurable result: no evidence, no milestones, and its strategy ${strategy.key} has no measure.`, 'evidence');
  }
  return checks;
}
