import type { ClosureRow } from './rollover.repo.js';

/** A closure as the API shows it; jsonb columns come back parsed. */
export function presentClosure(row: ClosureRow) {
  return {
    id: row.id,
    yearLabel: row.year_label,
    yearEndsOn: row.year_ends_on,
    summary: row.summary as ClosureSummary,
    carried: row.carried as ClosureCarried[],
    closedBy: row.closed_by_label,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export interface ClosureSummary {
  goals: { key: string; title: string; status: string; explanation: string }[];
  measures: { key: string; name: string; status: string; actual: number | null; expected: number | null; periodLabel: string | null }[];
}

export interface ClosureCarried {
  key: string;
  title: string;
  status: string | null;
  fromDue: string;
  toDue: string;
}
