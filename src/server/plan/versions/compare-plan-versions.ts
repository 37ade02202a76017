import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { comparePlans, type PlanComparison } from '../../../core/plan/plan-diff.js';
import { readPlanDocument } from './read-plan-version.js';

/**
 * What changed from one frozen version to another, or to the working copy ('current'), matched
 * by key: the draft-to-adopted diff a board and the public read.
 */
export async function comparePlanVersions(options: { db: Kysely<DB>; organizationId: string; planId: string; from: number; to: number | 'current' }): Promise<PlanComparison> {
  const { from, to, ...plan } = options;
  const [before, after] = await Promise.all([readPlanDocument({ ...plan, number: from }), readPlanDocument({ ...plan, number: to })]);
  return comparePlans(before, after);
}
