import type { RollUpStatus } from '../../../core/monitoring/monitoring-types.js';

/**
 * A check-in's agenda, built when the check-in is created: everything of the plan that is off
 * track, at risk or overdue, goal by goal, then the follow-ups earlier check-ins left open. Each
 * item says whether it is new since the last check-in (not on that one's agenda). Pure: the
 * caller reads the scorecard and the overdue updates.
 */

export type AgendaReason = 'off_track' | 'at_risk' | 'overdue' | 'update_overdue' | 'open_follow_up';
export type AgendaKind = 'measure' | 'strategy' | 'action' | 'follow_up' | 'other';

export interface AgendaItem {
  /** Stable across check-ins (`measure:KEY`, `follow_up:ID`), so the next one can tell what is new. */
  key: string;
  kind: AgendaKind;
  elementKey: string | null;
  goalKey: string | null;
  goalTitle: string | null;
  /** The goal's roll-up status (the one every view shows), so the agenda reads it beside the goal. */
  goalStatus: GoalStatus | null;
  title: string;
  reasons: AgendaReason[];
  /** The measure's status, the strategy's roll-up or the action's reported status, when there is one. */
  status: string | null;
  /** Why, in the scorecard's words ("3 of 4 measures on track"). */
  explanation: string | null;
  owner: string | null;
  /** The overdue update's period, or nothing. */
  periodLabel: string | null;
  /** When the action, the overdue update or the follow-up was due. */
  dueOn: string | null;
  isNew: boolean;
}

/** The parts of the scorecard (GET /api/plans/{id}/scorecard) the agenda reads. */
type GoalStatus = RollUpStatus;

export interface ScorecardForAgenda {
  goals: ReadonlyArray<{
    key: string;
    title: string;
    rollUp: { status: GoalStatus };
    measures: readonly MeasureForAgenda[];
    strategies: ReadonlyArray<{
      key: string;
      title: string;
      rollUp: { status: string; explanation: string };
      measures: readonly MeasureForAgenda[];
      actions: ReadonlyArray<{ key: string; title: string; owner: { name: string } | null; due?: string; status: string | null; isOverdue: boolean }>;
    }>;
  }>;
}

interface MeasureForAgenda {
  key: string;
  name: string;
  owner: { name: string } | null;
  status: { status: string; reason: string };
}

export interface OverdueUpdate {
  elementKey: string;
  kind: 'measure' | 'action';
  name: string;
  goalKey: string | null;
  periodLabel: string;
  dueOn: string;
  ownerName: string | null;
}

export interface OpenFollowUp {
  id: string;
  title: string;
  ownerName: string | null;
  dueDate: string;
}

const isFlagged = (status: string): status is 'off_track' | 'at_risk' => status === 'off_track' || status === 'at_risk';

export function buildCheckInAgenda(input: {
  scorecard: ScorecardForAgenda;
  overdueUpdates: readonly OverdueUpdate[];
  openFollowUps: readonly OpenFollowUp[];
  /** The keys on the previous check-in's agenda; empty for the first check-in. */
  previousKeys: ReadonlySet<string>;
}): AgendaItem[] {
  const items: AgendaItem[] = [];
  const byElement = new Map<string, AgendaItem>();
  const goals = new Map(input.scorecard.goals.map((goal) => [goal.key, goal]));
  const add = (item: Omit<AgendaItem, 'isNew' | 'periodLabel' | 'dueOn'> & { periodLabel?: string | null; dueOn?: string | null }) => {
    const full: AgendaItem = { periodLabel: null, dueOn: null, ...item, isNew: !input.previousKeys.has(item.key) };
    items.push(full);
    if (full.elementKey) byElement.set(full.elementKey, full);
    return full;
  };
  const goalOf = (goal: { key: string; title: string; rollUp: { status: GoalStatus } }) => ({ goalKey: goal.key, goalTitle: goal.title, goalStatus: goal.rollUp.status });
  const measureItem = (goal: { key: string; title: string; rollUp: { status: GoalStatus } }, measure: MeasureForAgenda) => {
    if (!isFlagged(measure.status.status)) return;
    add({ key: `measure:${measure.key}`, kind: 'measure', elementKey: measure.key, ...goalOf(goal), title: measure.name, reasons: [measure.status.status], status: measure.status.status, explanation: measure.status.reason, owner: measure.owner?.name ?? null });
  };

  for (const goal of input.scorecard.goals) {
    for (const measure of goal.measures) measureItem(goal, measure);
    for (const strategy of goal.strategies) {
      if (isFlagged(strategy.rollUp.status)) {
        add({ key: `strategy:${strategy.key}`, kind: 'strategy', elementKey: strategy.key, ...goalOf(goal), title: strategy.title, reasons: [strategy.rollUp.status], status: strategy.rollUp.status, explanation: strategy.rollUp.explanation, owner: null });
      }
      for (const measure of strategy.measures) measureItem(goal, measure);
      for (const action of strategy.actions) {
        const reasons: AgendaReason[] = [];
        // An overdue action is off track because it is overdue: one reason, not two.
        if (action.isOverdue) reasons.push('overdue');
        else if (action.status && isFlagged(action.status)) reasons.push(action.status);
        if (!reasons.length) continue;
        add({ key: `action:${action.key}`, kind: 'action', elementKey: action.key, ...goalOf(goal), title: action.title, reasons, status: action.status, explanation: null, owner: action.owner?.name ?? null, dueOn: action.isOverdue ? (action.due ?? null) : null });
      }
    }
  }

  // An overdue update joins its element's item; an element with nothing else wrong gets its own.
  for (const update of input.overdueUpdates) {
    const existing = byElement.get(update.elementKey);
    if (existing) {
      if (!existing.reasons.includes('update_overdue')) existing.reasons.push('update_overdue');
      existing.periodLabel ??= update.periodLabel;
      existing.dueOn ??= update.dueOn;
      existing.owner ??= update.ownerName;
      continue;
    }
    const goal = update.goalKey ? goals.get(update.goalKey) : undefined;
    add({ key: `${update.kind}:${update.elementKey}`, kind: update.kind, elementKey: update.elementKey, goalKey: update.goalKey, goalTitle: goal?.title ?? null, goalStatus: goal?.rollUp.status ?? null, title: update.name, reasons: ['update_overdue'], status: null, explanation: null, owner: update.ownerName, periodLabel: update.periodLabel, dueOn: update.dueOn });
  }

  // Keep goal order: items added for overdue updates go after their goal's other items.
  const goalOrder = new Map(input.scorecard.goals.map((goal, index) => [goal.key, index]));
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (goalOrder.get(a.item.goalKey ?? '') ?? Infinity) - (goalOrder.get(b.item.goalKey ?? '') ?? Infinity) || a.index - b.index)
    .map(({ item }) => item);

  for (const followUp of input.openFollowUps) {
    ordered.push({ key: `follow_up:${followUp.id}`, kind: 'follow_up', elementKey: null, goalKey: null, goalTitle: null, goalStatus: null, title: followUp.title, reasons: ['open_follow_up'], status: null, explanation: null, owner: followUp.ownerName, periodLabel: null, dueOn: followUp.dueDate, isNew: !input.previousKeys.has(`follow_up:${followUp.id}`) });
  }
  return ordered;
}
