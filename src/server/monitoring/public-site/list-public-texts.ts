import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { readScorecard } from '../scorecard/read-scorecard.js';
import { citationField, narrativeKey, translationKey } from './build-public-plan.js';
import { publicSiteRepo } from './public-site.repo.js';

export interface PublicText {
  subject: 'plan' | 'element' | 'update';
  subjectKey: string;
  field: string;
  context: string;
  original: string;
}

/**
 * Every text the public page can show for a plan, with what the district has translated, so the
 * planners' editor can list them all and the untranslated ones stand out.
 */
export async function listPublicTexts(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string }) {
  const { db, organizationId, planId } = options;
  const plan = await publicSiteRepo.findPlan(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  const [scorecard, rows, cited] = await Promise.all([
    readScorecard({ db, organizationId, planId, today: options.today }),
    publicSiteRepo.listTranslations(db, planId),
    publicSiteRepo.listCitedTexts(db, planId, 'working'),
  ]);
  const translated = new Map(rows.map((t) => [translationKey(t.subject, t.subject_key, t.field, t.locale), t.text]));
  const header = (plan.header as PlanHeader).plan;

  const texts: PublicText[] = [];
  const add = (subject: PublicText['subject'], subjectKey: string, field: string, context: string, original: string | null | undefined) => {
    if (original) texts.push({ subject, subjectKey, field, context, original });
  };
  add('plan', '', 'title', 'Plan', header.title);
  add('plan', '', 'mission', 'Plan', header.mission);
  add('plan', '', 'vision', 'Plan', header.vision);
  // "What shaped this goal" on a goal's page: each citation, and the strategy it is about.
  const addCitations = (key: string) => (cited.get(key) ?? []).forEach((text, at) => add('element', key, citationField(at), key, text));
  for (const goal of scorecard.goals) {
    add('element', goal.key, 'title', `${goal.key}`, goal.title);
    addCitations(goal.key);
    for (const strategy of goal.strategies) {
      if (!cited.has(strategy.key)) continue;
      add('element', strategy.key, 'title', `${strategy.key}`, strategy.title as string | undefined);
      addCitations(strategy.key);
    }
    for (const measure of [...goal.measures, ...goal.strategies.flatMap((s) => s.measures)]) {
      add('element', measure.key, 'name', `${measure.key}`, measure.name);
      addCitations(measure.key);
      const narrative = measure.latestNarrative;
      if (!narrative) continue;
      const key = narrativeKey(measure.key, narrative.periodLabel);
      add('update', key, 'happened', `${measure.key} · ${narrative.periodLabel}`, narrative.happened);
      add('update', key, 'why', `${measure.key} · ${narrative.periodLabel}`, narrative.why);
      add('update', key, 'next_steps', `${measure.key} · ${narrative.periodLabel}`, narrative.nextSteps);
    }
  }
  return {
    texts: texts.map((text) => ({
      ...text,
      translations: {
        es: translated.get(translationKey(text.subject, text.subjectKey, text.field, 'es')) ?? null,
        en: translated.get(translationKey(text.subject, text.subjectKey, text.field, 'en')) ?? null,
      },
    })),
  };
}
