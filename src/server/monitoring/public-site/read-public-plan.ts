import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { readCachedScorecard } from '../scorecard/scorecard-cache.js';
import { buildPublicPlan, translationKey } from './build-public-plan.js';
import { publicSiteRepo } from './public-site.repo.js';
import { readStudentGroupCatalog } from '../student-groups/read-student-groups.js';
import type { PublicLanguage, PublicPlan } from './public-site.schema.js';

const DEFAULT_PRIVACY_THRESHOLD = 10;
const publicLifecycles = new Set(['adopted', 'amending']);

/**
 * The district's public progress page as data, for anyone. Only a published site with an adopted
 * plan answers; anything else is 404, as if there were no site, so nothing of an unpublished plan
 * can be guessed from the answer.
 */
export async function readPublicPlan(options: { db: Kysely<DB>; slug: string; language: PublicLanguage; today?: string }): Promise<PublicPlan> {
  const { db, slug, language } = options;
  const district = await publicSiteRepo.findDistrictBySlug(db, slug);
  if (!district) throw notFound('Public site');
  const site = await publicSiteRepo.findSite(db, district.id);
  if (!site?.is_published || !site.plan_id) throw notFound('Public site');
  const plan = await publicSiteRepo.findPlan(db, district.id, site.plan_id);
  if (!plan || !publicLifecycles.has(plan.lifecycle)) throw notFound('Public site');

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const [scorecard, translations, settings, updatedAt, studentGroups, citedTexts] = await Promise.all([
    readCachedScorecard({ db, organizationId: district.id, planId: plan.id, today, text: 'adopted' }).then((entry) => entry.value),
    publicSiteRepo.listTranslations(db, plan.id),
    db.selectFrom('monitoring_settings').select('suppression_threshold').where('organization_id', '=', district.id).executeTakeFirst(),
    publicSiteRepo.lastChange(db, plan.id),
    readStudentGroupCatalog(db, district.id),
    // The adopted words: during an amendment the draft's new citations are not the district's yet.
    publicSiteRepo.listCitedTexts(db, plan.id, plan.lifecycle === 'amending' ? 'adopted' : 'working'),
  ]);
  return buildPublicPlan({
    district: { name: district.name, slug: district.slug },
    // During an amendment the adopted version's texts and targets, not the draft's.
    header: plan.lifecycle === 'amending' ? ((await publicSiteRepo.findAdoptedHeader(db, plan.id)) ?? (plan.header as PlanHeader)) : (plan.header as PlanHeader),
    scorecard,
    hiddenKeys: new Set(site.hidden_keys as string[]),
    translations: new Map(translations.map((t) => [translationKey(t.subject, t.subject_key, t.field, t.locale), t.text])),
    language,
    privacyThreshold: settings?.suppression_threshold ?? DEFAULT_PRIVACY_THRESHOLD,
    studentGroups,
    citedTexts,
    updatedAt,
  });
}
