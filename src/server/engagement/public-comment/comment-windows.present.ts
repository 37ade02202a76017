import { closedOn, windowState, type WindowState } from '../../../core/engagement/public-comment/comment-window.js';
import type { PeriodRow } from './public-comment-periods.repo.js';

export type CommentCounts = { received: number; unconfirmed: number; pending: number; accepted: number; hidden: number; answered: number };
const noComments: CommentCounts = { received: 0, unconfirmed: 0, pending: 0, accepted: 0, hidden: 0, answered: 0 };

/** The plan's lifecycle and versions, as far as a window's state needs them. */
export interface PlanVersionFacts {
  lifecycle: string;
  versions: readonly { number: number; created_at: Date }[];
}

/** Where a window stands today: its state and, once it stopped, the day it did. */
export function stateOfWindow(row: PeriodRow, plan: PlanVersionFacts, today: string): { state: WindowState; closedOn: string | null } {
  const facts = { draftVersion: row.draft_version, opensOn: row.opens_on, closesOn: row.closes_on };
  const state = windowState(facts, { lifecycle: plan.lifecycle, latestVersion: plan.versions[0]?.number ?? null }, today);
  const next = plan.versions.find((v) => v.number === row.draft_version + 1);
  return { state, closedOn: closedOn(facts, state, next ? new Date(next.created_at).toISOString().slice(0, 10) : null) };
}

/** A window as the team's API sends it. */
export function presentWindow(row: PeriodRow, standing: { state: WindowState; closedOn: string | null }, counts: CommentCounts | undefined) {
  return {
    id: row.id,
    plan_id: row.plan_id,
    draft_version: row.draft_version,
    opens_on: row.opens_on,
    closes_on: row.closes_on,
    is_open: standing.state === 'open',
    closed_at: standing.closedOn,
    verify_email: row.verify_email,
    show_comments: row.show_comments,
    counts: counts ?? noComments,
    version: row.version,
  };
}

export function toCounts(row: { received: string; unconfirmed: string; pending: string; accepted: string; hidden: string; answered: string }): CommentCounts {
  return { received: Number(row.received), unconfirmed: Number(row.unconfirmed), pending: Number(row.pending), accepted: Number(row.accepted), hidden: Number(row.hidden), answered: Number(row.answered) };
}
