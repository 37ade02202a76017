import type { Goal, PlanDocument } from './format/plan-format.schema.js';

/** How many of each thing a plan holds; what the complexity checks and the UI's summaries read. */
export interface PlanCounts {
  /** Goals of kind `goal`, including goals that give no kind (the format's default). */
  goals: number;
  interimGoals: number;
  guardrails: number;
  /** Every measure, wherever it hangs. */
  measures: number;
  /** Measures of goals, interim goals and guardrails: the board's scorecard. */
  boardMeasures: number;
  /** Measures of strategies: the leading indicators management watches. */
  strategyMeasures: number;
  strategies: number;
  actions: number;
  budgetLines: number;
  decisionRights: number;
  targets: number;
  actuals: number;
  milestones: number;
  /** Goals of every kind, measures, strategies and actions: the rows of the editor. */
  elements: number;
}

/** Counts a plan's goals by kind, its measures (board and strategy level), strategies, actions and their parts. */
export function countPlan(document: PlanDocument): PlanCounts {
  const counts: PlanCounts = {
    goals: 0,
    interimGoals: 0,
    guardrails: 0,
    measures: 0,
    boardMeasures: 0,
    strategyMeasures: 0,
    strategies: 0,
    actions: 0,
    budgetLines: 0,
    decisionRights: 0,
    targets: 0,
    actuals: 0,
    milestones: 0,
    elements: 0,
  };
  const countMeasures = (measures: Goal['measures']) => {
    for (const measure of measures ?? []) {
      counts.measures += 1;
      counts.targets += measure.targets?.length ?? 0;
      counts.actuals += measure.actuals?.length ?? 0;
    }
    return measures?.length ?? 0;
  };
  for (const goal of document.plan.goals) {
    if (goal.kind === 'interim_goal') counts.interimGoals += 1;
    else if (goal.kind === 'guardrail') counts.guardrails += 1;
    else counts.goals += 1;
    counts.boardMeasures += countMeasures(goal.measures);
    for (const strategy of goal.strategies ?? []) {
      counts.strategies += 1;
      counts.strategyMeasures += countMeasures(strategy.measures);
      counts.budgetLines += strategy.budget?.length ?? 0;
      counts.decisionRights += strategy.decision_rights?.length ?? 0;
      for (const action of strategy.actions ?? []) {
        counts.actions += 1;
        counts.milestones += action.milestones?.length ?? 0;
      }
    }
  }
  counts.elements = counts.goals + counts.interimGoals + counts.guardrails + counts.measures + counts.strategies + counts.actions;
  return counts;
}
