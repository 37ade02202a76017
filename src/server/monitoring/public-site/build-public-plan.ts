import { suppressSmallGroups } from '../../../core/monitoring/suppress-small-groups.js';
import type { PeriodValue, ResultCell } from '../../../core/monitoring/monitoring-types.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { readScorecard } from '../scorecard/read-scorecard.js';
import type { LocalizedText, PublicGoal, PublicLanguage, PublicMeasure, PublicPlan } from './public-site.schema.js';

type Scorecard = Awaited<ReturnType<typeof readScorecard>>;
type ScoreMeasure = Scorecard['goals'][number]['measures'][number];

/** Translations by "subject|key|field|locale". */
export type TranslationMap = ReadonlyMap<string, string>;
/** A narrative is translated per element and period: a new period's narrative needs its own translation. */
export const narrativeKey = (elementKey: string, periodLabel: string) => `${elementKey}|${periodLabel}`;
export const translationKey = (subject: string, subjectKey: string, field: string, locale: string) => `${subject}|${subjectKey}|${field}|${locale}`;

// Plans are written in English; a translation is what the district wrote for another language.
const ORIGINAL_LANGUAGE: PublicLanguage = 'en';

export interface PublicPlanInput {
  district: { name: string; slug: string };
  header: PlanHeader;
  scorecard: Scorecard;
  hiddenKeys: ReadonlySet<string>;
  translations: TranslationMap;
  language: PublicLanguage;
  privacyThreshold: number;
  updatedAt: string | null;
}

/**
 * Exactly what the public page shows, and nothing more: published goals and measures, statuses,
 * results by student group with small groups and their complements hidden, never an `n`, texts
 * in the reader's language where the district translated them. The JSON API and the HTML page
 * are both drawn from this, so they cannot say different things.
 */
export function buildPublicPlan(input: PublicPlanInput): PublicPlan {
  const localize = (subject: string, subjectKey: string, field: string, original: string | null | undefined): LocalizedText | null => {
    if (!original) return null;
    if (input.language === ORIGINAL_LANGUAGE) return { text: original, language: ORIGINAL_LANGUAGE, isTranslated: true };
    const translated = input.translations.get(translationKey(subject, subjectKey, field, input.language));
    return translated ? { text: translated, language: input.language, isTranslated: true } : { text: original, language: ORIGINAL_LANGUAGE, isTranslated: false };
  };
  const plan = input.header.plan;
  const period = plan.period ? `${plan.period.start.label} – ${plan.period.end.label}` : null;

  const goals: PublicGoal[] = input.scorecard.goals
    .filter((goal) => !input.hiddenKeys.has(goal.key))
    .map((goal) => {
      const measures = [...goal.measures, ...goal.strategies.flatMap((s) => s.measures)]
        .filter((m) => !input.hiddenKeys.has(m.key))
        .map((m) => publicMeasure(m, input.privacyThreshold, localize));
      return {
        key: goal.key,
        kind: goal.kind,
        title: localize('element', goal.key, 'title', goal.title)!,
        description: null,
        status: goal.rollUp.status,
        counts: goal.rollUp.counts,
        measures,
      };
    });

  return {
    district: input.district,
    language: input.language,
    plan: {
      title: localize('plan', '', 'title', plan.title)!,
      mission: localize('plan', '', 'mission', plan.mission),
      vision: localize('plan', '', 'vision', plan.vision),
      period,
      adoptedOn: plan.adopted?.date ?? null,
    },
    privacyThreshold: input.privacyThreshold,
    goals,
    updatedAt: input.updatedAt,
  };
}

type Localize = (subject: string, subjectKey: string, field: string, original: string | null | undefined) => LocalizedText | null;

function publicMeasure(measure: ScoreMeasure, threshold: number, localize: Localize): PublicMeasure {
  const hidden = hiddenActuals(measure.actuals as PeriodValue[], threshold);
  const isHidden = (value: PeriodValue) => hidden.has(cellId(value.period.label, value.subgroup ?? null));
  const groups: (string | null)[] = [null, ...new Set(measure.actuals.map((a) => a.subgroup ?? null).filter((g): g is string => g !== null))];
  const point = (value: PeriodValue) => ({ periodLabel: value.period.label, endsOn: value.period.ends_on ?? null, value: value.value });
  const baseline = measure.baseline && (measure.baseline.n === undefined || measure.baseline.n >= threshold) ? point(measure.baseline as PeriodValue) : null;

  const series = groups.map((subgroup) => ({
    subgroup,
    baseline: subgroup === null ? baseline : null,
    targets: measure.targets.filter((t) => (t.subgroup ?? null) === subgroup).map((t) => point(t as PeriodValue)),
    actuals: measure.actuals
      .filter((a) => (a.subgroup ?? null) === subgroup)
      .map((a) => (isHidden(a as PeriodValue) ? { ...point(a as PeriodValue), value: null, isHidden: true } : { ...point(a as PeriodValue), isHidden: false })),
  }));

  const judged = measure.status;
  const latestHidden = judged.period !== null && hidden.has(cellId(judged.period.label, null));
  const lastTarget = [...measure.targets].reverse().find((t) => (t.subgroup ?? null) === null && t.value !== null);
  const narrative = measure.latestNarrative;
  return {
    key: measure.key,
    name: localize('element', measure.key, 'name', measure.name)!,
    unit: measure.unit ?? null,
    unitLabel: measure.unitLabel ?? null,
    direction: measure.direction ?? null,
    source: null,
    status: latestHidden ? null : judged.status,
    trend: latestHidden ? 'unknown' : judged.trend,
    latest: !latestHidden && judged.period && judged.actual !== null ? { periodLabel: judged.period.label, value: judged.actual } : null,
    finalTarget: lastTarget && lastTarget.value !== null ? { periodLabel: lastTarget.period.label, value: lastTarget.value } : null,
    series,
    narrative: narrative
      ? {
          periodLabel: narrative.periodLabel,
          happened: localize('update', narrativeKey(measure.key, narrative.periodLabel), 'happened', narrative.happened),
          why: localize('update', narrativeKey(measure.key, narrative.periodLabel), 'why', narrative.why),
          nextSteps: localize('update', narrativeKey(measure.key, narrative.periodLabel), 'next_steps', narrative.nextSteps),
        }
      : null,
  };
}

const cellId = (periodLabel: string, subgroup: string | null) => `${periodLabel}\u0000${subgroup ?? ''}`;

/** The actual cells to hide, period by period, by the small-n rule and its complements. */
function hiddenActuals(actuals: readonly PeriodValue[], threshold: number): Set<string> {
  const byPeriod = new Map<string, ResultCell[]>();
  for (const value of actuals) {
    const cells = byPeriod.get(value.period.label) ?? [];
    cells.push({ subgroup: value.subgroup ?? null, value: value.value, n: value.n ?? null });
    byPeriod.set(value.period.label, cells);
  }
  const hidden = new Set<string>();
  for (const [periodLabel, cells] of byPeriod) {
    for (const cell of suppressSmallGroups(cells, threshold)) if (cell.isHidden) hidden.add(cellId(periodLabel, cell.subgroup));
  }
  return hidden;
}
