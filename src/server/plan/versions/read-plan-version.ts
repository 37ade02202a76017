import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { exportPlan } from '../plans/export-plan.js';
import { planVersionsRepo } from '../plans/plan-versions.repo.js';
import { plansRepo } from '../plans/plans.repo.js';

type Options = { db: Kysely<DB>; organizationId: string; planId: string };

/** One frozen version of a plan; 404 when the plan has no such number. */
export async function readPlanVersion(options: Options & { number: number }) {
  const plan = await plansRepo.findPlan(options.db, options.organizationId, options.planId);
  const version = plan && (await planVersionsRepo.find(options.db, plan.id, options.number));
  if (!version) throw notFound('Version');
  return version;
}

/**
 * The version the board adopted last: what the public and monitoring read, unchanged while an
 * amendment is drafted beside it. 404 when the plan has never been adopted.
 */
export async function readAdoptedPlan(options: Options): Promise<PlanDocument> {
  const plan = await plansRepo.findPlan(options.db, options.organizationId, options.planId);
  if (!plan) throw notFound('Plan');
  if (plan.adopted_version === null) throw notFound('Adopted version');
  const version = await readPlanVersion({ ...options, number: plan.adopted_version });
  return version.document as PlanDocument;
}

/** A version's document, or the working copy's export for 'current'. */
export async function readPlanDocument(options: Options & { number: number | 'current' }): Promise<PlanDocument> {
  if (options.number === 'current') return exportPlan(options);
  return (await readPlanVersion({ ...options, number: options.number })).document as PlanDocument;
}
