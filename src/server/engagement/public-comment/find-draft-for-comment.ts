import type { Kysely } from 'kysely';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findDistrictBySlug, listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { readPlanVersion } from '../../plan/versions/read-plan-version.js';
import { readPopulation } from '../population/read-population.js';
import { commenterRoles } from './commenter-roles.js';
import { stateOfWindow } from './comment-windows.present.js';
import { publicCommentPeriodsRepo } from './public-comment-periods.repo.js';

/**
 * The draft the public reads at /p/<slug>/draft: the district's window running now (the plan out
 * for comment opened last), else its latest window (so the address keeps saying that comment has
 * closed and where to read what came of it). With the frozen draft, the adopted version beside it
 * for an amendment, and the roles and schools a commenter may give. 404 when the district has never
 * put a plan out for comment.
 */
export async function findDraftForComment(options: { db: Kysely<DB>; slug: string; language?: 'en' | 'es'; today?: string }) {
  const { db } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const district = await findDistrictBySlug(db, options.slug);
  if (!district) throw notFound('Draft');
  const window = (await publicCommentPeriodsRepo.findRunningForDistrict(db, district.id)) ?? (await publicCommentPeriodsRepo.findLatestForDistrict(db, district.id));
  if (!window) throw notFound('Draft');
  const { plan, versions } = await listPlanVersions({ db, organizationId: district.id, planId: window.plan_id });
  const standing = stateOfWindow(window, { lifecycle: plan.lifecycle, versions }, today);
  const read = (number: number) => readPlanVersion({ db, organizationId: district.id, planId: plan.id, number }).then((v) => v.document as PlanDocument);
  // The adopted version the draft would replace: for an amendment, the one adopted before the draft froze.
  const adoptedBefore = versions.filter((v) => v.lifecycle === 'adopted' && v.number < window.draft_version)[0];
  const [draft, adopted, schools, population] = await Promise.all([read(window.draft_version), adoptedBefore ? read(adoptedBefore.number) : null, listDistrictSchools(db, district.id), readPopulation(db, district.id)]);
  return {
    district: { id: district.id, name: district.name, slug: district.slug! },
    plan: { id: plan.id, title: plan.title, lifecycle: plan.lifecycle, adopted_version: plan.adopted_version },
    window,
    state: standing.state,
    closedOn: standing.closedOn,
    draft,
    adopted,
    schools: schools.map((s) => ({ id: s.id, name: s.name })),
    roles: commenterRoles(population, options.language ?? 'en'),
  };
}

export type DraftForComment = Awaited<ReturnType<typeof findDraftForComment>>;
