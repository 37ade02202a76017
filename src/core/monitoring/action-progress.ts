/** Statuses after which a due date no longer matters. */
const FINISHED = new Set(['complete', 'canceled']);

/**
 * Whether an action is flagged overdue: its due date (YYYY-MM-DD) is before today and it is
 * neither complete nor canceled. Action status is what the owner reports; this flag is the one
 * thing computed on top of it. The due day itself is not overdue yet, and an action without a
 * due date never is.
 */
export function isActionOverdue(o: { status?: string | null; due?: string | null; today: string }): boolean {
  if (!o.due || FINISHED.has(o.status ?? '')) return false;
  return o.due < o.today;
}
