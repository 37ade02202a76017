import type { Kysely } from 'kysely';
import type { PlanComparison } from '../../../core/plan/plan-diff.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { comparePlanVersions } from '../../plan/versions/compare-plan-versions.js';
import { publicCommentPeriodsRepo } from './public-comment-periods.repo.js';

const planTexts = new Set(['mission', 'vision', 'values']);

export interface ChangeSinceDraft {
  key: string;
  kind: 'plan' | 'goal' | 'measure' | 'strategy' | 'action';
  title: string;
  change: 'added' | 'removed' | 'changed';
  fields: { field: string; before: unknown; after: unknown; text_diff?: { op: 'equal' | 'insert' | 'delete'; text: string }[] }[];
}

/** A comparison as the list of what a disposition can point to: the plan's own texts, then elements. */
export function changesOf(comparison: PlanComparison): ChangeSinceDraft[] {
  const fields = (changes: PlanComparison['plan']) => changes.map((c) => ({ field: c.field, before: c.before, after: c.after, ...(c.textDiff ? { text_diff: c.textDiff } : {}) }));
  return [
    ...comparison.plan.filter((c) => planTexts.has(c.field)).map((c) => ({ key: c.field, kind: 'plan' as const, title: c.field, change: 'changed' as const, fields: fields([c]) })),
    ...comparison.changed.map((e) => ({ key: e.key, kind: e.kind, title: e.title, change: 'changed' as const, fields: fields(e.changes) })),
    ...comparison.added.map((e) => ({ key: e.key, kind: e.kind, title: e.title, change: 'added' as const, fields: [] })),
    ...comparison.removed.map((e) => ({ key: e.key, kind: e.kind, title: e.title, change: 'removed' as const, fields: [] })),
  ];
}

/**
 * What the planning team changed since a window's draft froze (the latest window when none is
 * named): each changed, added or removed element with its fields' word diffs, against the working
 * copy, or against `to` (the adopted version, for "what we did").
 */
export async function readChangesSinceDraft(options: { db: Kysely<DB>; organizationId: string; planId: string; windowId?: string; to?: number | 'current' }) {
  const { db, organizationId, planId } = options;
  const windows = await publicCommentPeriodsRepo.listForPlan(db, organizationId, planId);
  const window = options.windowId ? windows.find((w) => w.id === options.windowId) : windows[0];
  if (options.windowId && !window) throw notFound('Public comment window');
  if (!window) return { window_id: null, draft_version: null, changes: [] };
  const comparison = await comparePlanVersions({ db, organizationId, planId, from: window.draft_version, to: options.to ?? 'current' });
  return { window_id: window.id, draft_version: window.draft_version, changes: changesOf(comparison) };
}
