import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalidInput, notFound } from '../../errors.js';
import { periodEndDate } from '../../../core/monitoring/reporting-periods.js';
import { findPlan, listPlanElements } from '../../plan/plans/read-plan.js';
import { scorecardRepo } from '../scorecard/scorecard.repo.js';
import { calendarOf, loadMonitoringSettings } from '../updates/save-monitoring-settings.js';

/** Statuses after which an action has nothing left to carry. */
const FINISHED = new Set(['complete', 'canceled']);

export interface CarriedAction {
  key: string;
  title: string;
  status: string | null;
  fromDue: string;
  toDue: string;
}

/** The same month and day a year later; Feb 29 becomes Feb 28, the last day of that February. */
export function oneYearLater(due: string): string {
  const [year, month, day] = due.split('-');
  const next = `${String(Number(year) + 1).padStart(4, '0')}-${month}-${day}`;
  return month === '02' && day === '29' ? next.slice(0, 8) + '28' : next;
}

/**
 * The last day of the year the user names, read with the district's calendar. A year that cannot
 * be dated or has not ended yet cannot be closed: its results are not final. 404 when the plan is
 * not the district's. `path` names the field in the error (query or body).
 */
export async function yearEndOf(options: { db: Kysely<DB>; organizationId: string; planId: string; year: string; today: string; path: string }) {
  const { db, organizationId, planId, today, path } = options;
  const plan = await findPlan(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  const yearLabel = options.year.trim();
  const calendar = calendarOf(await loadMonitoringSettings(db, organizationId));
  const yearEndsOn = yearLabel ? periodEndDate({ label: yearLabel }, calendar) : null;
  if (!yearEndsOn) throw invalidInput(path, `"${yearLabel}" is not a year this district can date; write it as the plan names its years, such as 2025-26`, { code: 'not_a_school_year', params: { year: yearLabel } });
  if (yearEndsOn >= today) throw invalidInput(path, `${yearLabel} has not ended yet (it ends on ${yearEndsOn}); close it after its last day`, { code: 'year_not_ended', params: { year: yearLabel, endsOn: yearEndsOn } });
  return { plan, yearLabel, yearEndsOn };
}

/**
 * The plan's actions still open at the year's end: due on or before its last day and neither
 * complete nor canceled, judged by the owner's latest update or else the plan's own status (as the
 * scorecard does). Each with the element's id and version, for the rollover to move its due date.
 */
export async function openActionsAt(db: Kysely<DB>, planId: string, yearEndsOn: string) {
  const [elements, progress] = await Promise.all([listPlanElements(db, planId), scorecardRepo.listLatestActionProgress(db, planId)]);
  const reported = new Map(progress.map((p) => [p.element_key, p.action_status]));
  const open: (CarriedAction & { elementId: string })[] = [];
  for (const element of elements) {
    if (element.kind !== 'action') continue;
    const fields = element.fields as { title?: string; due?: string; status?: string };
    const status = reported.get(element.key) ?? fields.status ?? null;
    if (!fields.due || !/^\d{4}-\d{2}-\d{2}$/.test(fields.due) || fields.due > yearEndsOn || FINISHED.has(status ?? '')) continue;
    open.push({ elementId: element.id, key: element.key, title: fields.title ?? element.key, status, fromDue: fields.due, toDue: oneYearLater(fields.due) });
  }
  return open;
}

/** What leaves the server of a carried action (the element's id stays inside). */
export const presentCarried = ({ key, title, status, fromDue, toDue }: CarriedAction): CarriedAction => ({ key, title, status, fromDue, toDue });
