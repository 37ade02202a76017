import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { presentWindow, stateOfWindow, toCounts } from './comment-windows.present.js';
import { publicCommentPeriodsRepo } from './public-comment-periods.repo.js';

/** Every public comment window of a plan, the latest first, with where each stands and its comments counted. */
export async function readCommentWindows(options: { db: Kysely<DB>; organizationId: string; planId: string; today?: string }) {
  const { db, organizationId, planId } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { plan, versions } = await listPlanVersions({ db, organizationId, planId });
  const [rows, counts] = await Promise.all([publicCommentPeriodsRepo.listForPlan(db, organizationId, plan.id), publicCommentPeriodsRepo.countsByPeriod(db, plan.id)]);
  const countsById = new Map(counts.map((row) => [row.period_id, toCounts(row)]));
  const facts = { lifecycle: plan.lifecycle, versions };
  return { plan, windows: rows.map((row) => presentWindow(row, stateOfWindow(row, facts, today), countsById.get(row.id))) };
}
