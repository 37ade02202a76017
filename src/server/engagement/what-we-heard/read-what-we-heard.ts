import type { Kysely } from 'kysely';
import type { Locale } from '../../../core/i18n/format-message.js';
import { evidenceOf } from '../../../core/plan/format/evidence.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { flattenPlan } from '../../../core/plan/format/plan-tree.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findDistrictBySlug, listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { readPlanVersion } from '../../plan/versions/read-plan-version.js';
import { readHiddenPublicKeys } from '../../monitoring/public-site/read-public-site-facts.js';
import { readPopulation } from '../population/read-population.js';
import { readCycleEngagements } from '../public-comment-packet/read-cycle-engagements.js';
import { readCommentWindows } from '../public-comment/read-comment-windows.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import { heardCommentWindow } from './heard-comment-window.js';
import { heardCycleEngagements } from './heard-cycle-engagements.js';
import { heardWordsFor } from './heard-page-messages.js';
import type { WhatWeHeard } from './what-we-heard.schema.js';

/**
 * The public "what we heard, what we did" page of an adopted plan, built from records: each
 * engagement of the cycle that produced it (surveys, conversations, focus groups) and each public
 * comment window on the drafts that led to this adoption, with who took part against the population
 * (small groups hidden), the main themes, what the team decided about each theme and each comment a
 * moderator published, and the draft-to-adopted word diff of what it changed; then each goal with
 * the texts of what it cites. Parts the district keeps off its public pages stay off this one.
 * 404 unless the plan is the district's and has an adopted version.
 */
export async function readWhatWeHeard(options: { db: Kysely<DB>; slug: string; planId: string; language: Locale; publicUrl: string }): Promise<WhatWeHeard> {
  const { db, language } = options;
  const district = await findDistrictBySlug(db, options.slug);
  if (!district) throw notFound('Plan');
  const organizationId = district.id;
  const { plan, versions } = await listPlanVersions({ db, organizationId, planId: options.planId });
  const adopted = versions.find((version) => version.lifecycle === 'adopted');
  if (!adopted) throw notFound('Plan');
  const words = heardWordsFor(language);
  // The windows on the drafts that led to this adoption: after the adoption before it, if any.
  const adoptedBefore = versions.find((version) => version.lifecycle === 'adopted' && version.number < adopted.number)?.number ?? 0;
  const [document, { windows }, settings, population, schools, hiddenKeys, cycle] = await Promise.all([
    readPlanVersion({ db, organizationId, planId: plan.id, number: adopted.number }).then((version) => version.document as PlanDocument),
    readCommentWindows({ db, organizationId, planId: plan.id }),
    readEngagementSettings({ db, organizationId }),
    readPopulation(db, organizationId),
    listDistrictSchools(db, organizationId),
    readHiddenPublicKeys(db, organizationId, plan.id).then((keys) => new Set(keys)),
    readCycleEngagements({ db, organizationId, planId: plan.id, publicUrl: options.publicUrl, language, organizationName: district.name }),
  ]);
  const threshold = settings.respondent_threshold;
  const ledHere = windows.filter((window) => window.draft_version > adoptedBefore && window.draft_version <= adopted.number);
  const commentWindows = await Promise.all(
    ledHere.map((window) =>
      heardCommentWindow({ db, organizationId, planId: plan.id, window, adoptedVersion: adopted.number, words, language, threshold, gapPoints: settings.representation_gap, population, schools, hiddenKeys }),
    ),
  );
  const elements = flattenPlan(document).elements.filter((element) => !hiddenKeys.has(element.key));
  const goalOf = new Map<string, string>();
  for (const element of elements) goalOf.set(element.key, element.parentKey === null ? element.key : (goalOf.get(element.parentKey) ?? element.parentKey));
  // A goal's own citations, then its measures', strategies' and actions' in reading order: the
  // voices that shaped how the goal is pursued shaped the goal too.
  const goals = elements
    .filter((element) => element.kind === 'goal')
    .map((goal) => ({
      key: goal.key,
      title: String(goal.fields.title ?? goal.key),
      citations: elements.filter((element) => goalOf.get(element.key) === goal.key).flatMap((element) => evidenceOf(element.fields).map((item) => ({ element_key: element.key, kind: element.kind, about: String(element.fields.title ?? element.fields.name ?? element.key), text: item.text }))),
    }));
  const adoption = adopted.adoption as { date?: string } | null;
  return {
    district: { name: district.name, slug: district.slug! },
    plan: { id: plan.id, title: document.plan.title, adopted_version: adopted.number, adopted_on: typeof adoption?.date === 'string' ? adoption.date : null },
    language,
    threshold,
    cycle: cycle ? { name: cycle.cycle.name } : null,
    engagements: [...(cycle ? heardCycleEngagements(cycle.summary, words, language, threshold) : []), ...commentWindows],
    goals,
  };
}
