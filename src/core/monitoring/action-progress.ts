/** Statuses after which a due date no longer matters. */
const FINISHED = new Set(['complete', 'canceled']);

/**
 * Whether an action is flagged overdue: its due date (YYYY-MM-DD) is before today and it is
 * neither complete nor canceled. The due day itself is not overdue yet, and an action without a
 * due date never is.
 */
export function isActionOverdue(o: { status?: string | null; due?: string | null; today: string }): boolean {
  if (!o.due || FINISHED.has(o.status ?? '')) return false;
  return o.due < o.today;
}

/** An action as every view shows it: the status to show, what the owner reported, and whether it is late. */
export interface ActionJudgement<S extends string = string> {
  /** The one status every screen, document and roll-up uses. */
  status: S | 'off_track' | null;
  /** What the owner (or the plan) last said, kept so a view can say "reported on track". */
  reportedStatus: S | null;
  isOverdue: boolean;
}

/**
 * The one rule for an action's status. The owner reports it, except that an action past its due
 * date and not finished is off track whatever was reported: "On track" beside "Overdue" tells a
 * board two stories, and a missed date is the one thing about an action nobody has to judge.
 */
export function judgeAction<S extends string>(o: { reportedStatus: S | null; due?: string | null; today: string }): ActionJudgement<S> {
  const isOverdue = isActionOverdue({ status: o.reportedStatus, due: o.due, today: o.today });
  return { status: isOverdue ? 'off_track' : o.reportedStatus, reportedStatus: o.reportedStatus, isOverdue };
}
