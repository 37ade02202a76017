/*
 * What a plan check reports, apart from the checks themselves (plan-checks.ts for the plan and its
 * actions, measure-checks.ts for measures), so both can name it without importing each other.
 */

/** Every code checkPlan can report; stable, so the UI can translate and filter by them. */
export const planCheckCodes = [
  'plan_too_many_goals',
  'plan_too_many_measures',
  'plan_too_many_strategies',
  'strategy_missing_owner',
  'action_missing_owner',
  'action_missing_dates',
  'action_timeline_only',
  'action_due_before_start',
  'action_overdue',
  'action_missing_measurable_result',
  'measure_missing_owner',
  'measure_missing_baseline',
  'measure_baseline_without_value',
  'measure_missing_targets',
  'measure_targets_without_values',
  'measure_missing_direction',
  'measure_range_without_bounds',
  'measure_target_against_direction',
  'measure_target_outside_plan',
  'measure_student_group_not_listed',
  'measure_student_group_other_name',
] as const;
/** One of planCheckCodes. */
export type PlanCheckCode = (typeof planCheckCodes)[number];

/** One finding about a plan: what an editor shows next to the element it names. */
export interface PlanCheck {
  /** The element's key; null for findings about the whole plan. */
  key: string | null;
  level: 'goal' | 'measure' | 'strategy' | 'action' | 'plan';
  code: PlanCheckCode;
  severity: 'warning' | 'info';
  /** Plain English naming the element, in the plan's own level names. */
  message: string;
  /** The field to fix, when there is one. */
  field?: string;
}
