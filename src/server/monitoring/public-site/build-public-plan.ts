import { inferPeriodRollUps } from '../../../core/monitoring/disclosure-equations.js';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import { protectResults, type ProtectedResult } from '../../../core/monitoring/protect-results.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { StudentGroupCatalog } from '../../../core/monitoring/student-groups.js';
import type { readScorecard } from '../scorecard/read-scorecard.js';
import type { LocalizedText, PublicCitation, PublicGoal, PublicLanguage, PublicMeasure, PublicPlan } from './public-site.schema.js';

type Scorecard = Awaited<ReturnType<typeof readScorecard>>;
type ScoreMeasure = Scorecard['goals'][number]['measures'][number];

/** Translations by "subject|key|field|locale". */
export type TranslationMap = ReadonlyMap<string, string>;
/** A narrative is translated per element and period: a new period's narrative needs its own translation. */
export const narrativeKey = (elementKey: string, periodLabel: string) => `${elementKey}|${periodLabel}`;
export const translationKey = (subject: string, subjectKey: string, field: string, locale: string) => `${subject}|${subjectKey}|${field}|${locale}`;
/** A citation is translated as a text of its element, by its place in the element's list. */
export const citationField = (at: number) => `evidence_${at + 1}`;

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
  /** The district's student groups by category (read-student-groups.ts); the built-in list when absent. */
  studentGroups?: StudentGroupCatalog;
  /** The words each element cites, by element key (publicSiteRepo.listCitedTexts); none when absent. */
  citedTexts?: ReadonlyMap<string, readonly string[]>;
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
        .map((m) => publicMeasure(m, input.privacyThreshold, localize, input.studentGroups));
      return {
        key: goal.key,
        kind: goal.kind,
        title: localize('element', goal.key, 'title', goal.title)!,
        description: null,
        status: goal.rollUp.status,
        counts: goal.rollUp.counts,
        measures,
        shapedBy: shapedBy(goal, input, localize),
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

/**
 * What shaped a goal, in reading order: the goal's own citations, its measures', then each
 * strategy's and its measures'. An element kept off the public page keeps its citations off too;
 * a citation several of them share is said once, where it first appears.
 */
function shapedBy(goal: Scorecard['goals'][number], input: PublicPlanInput, localize: Localize): PublicCitation[] {
  const cited = input.citedTexts;
  if (!cited?.size) return [];
  const elements: Array<{ key: string; about: LocalizedText | null }> = [
    { key: goal.key, about: null },
    ...goal.measures.map((m) => ({ key: m.key, about: localize('element', m.key, 'name', m.name) })),
    ...goal.strategies.flatMap((s) => [
      { key: s.key, about: localize('element', s.key, 'title', s.title as string | undefined) },
      ...s.measures.map((m) => ({ key: m.key, about: localize('element', m.key, 'name', m.name) })),
    ]),
  ];
  const seen = new Set<string>();
  const citations: PublicCitation[] = [];
  for (const { key, about } of elements) {
    if (input.hiddenKeys.has(key)) continue;
    for (const [at, text] of (cited.get(key) ?? []).entries()) {
      if (seen.has(text)) continue;
      seen.add(text);
      citations.push({ elementKey: key, about, text: localize('element', key, citationField(at), text)! });
    }
  }
  return citations;
}

function publicMeasure(measure: ScoreMeasure, threshold: number, localize: Localize, catalog: StudentGroupCatalog | undefined): PublicMeasure {
  const isPercentage = measure.unit === 'percent';
  // The all-students baseline is one more published value: the same rule decides it with the actuals.
  const baselineValue = measure.baseline && (measure.baseline.subgroup ?? null) === null ? (measure.baseline as PeriodValue) : null;
  const sameAsActual = baselineValue !== null && measure.actuals.some((a) => (a.subgroup ?? null) === null && a.period.label === baselineValue.period.label);
  const published = [...(measure.actuals as PeriodValue[]), ...(baselineValue && !sameAsActual ? [baselineValue] : [])];
  const withheld = withheldActuals(published, threshold, isPercentage, catalog);
  const groups: (string | null)[] = [null, ...new Set(measure.actuals.map((a) => a.subgroup ?? null).filter((g): g is string => g !== null))];
  const point = (value: PeriodValue) => ({ periodLabel: value.period.label, endsOn: value.period.ends_on ?? null, value: value.value });
  const baseline = baselineValue && !withheld.has(cellId(baselineValue.period.label, null)) ? point(baselineValue) : null;
  const privacy = (cell: ProtectedResult | undefined) => ({ value: null, isHidden: true, hiddenBecause: cell?.hiddenBecause ?? null, range: cell?.range ?? null });
  const shown = { isHidden: false, hiddenBecause: null, range: null };

  const series = groups.map((subgroup) => ({
    subgroup,
    baseline: subgroup === null ? baseline : null,
    targets: measure.targets.filter((t) => (t.subgroup ?? null) === subgroup).map((t) => point(t as PeriodValue)),
    actuals: measure.actuals
      .filter((a) => (a.subgroup ?? null) === subgroup)
      .map((a) => {
        const cell = withheld.get(cellId(a.period.label, subgroup));
        return cell ? { ...point(a as PeriodValue), ...privacy(cell) } : { ...point(a as PeriodValue), ...shown };
      }),
  }));

  const judged = measure.status;
  // A coded all-students value withholds its status too: "on track" against a target of 97 would narrow "95% or more".
  const latestWithheld = judged.period !== null ? withheld.get(cellId(judged.period.label, null)) : undefined;
  const latestHidden = latestWithheld !== undefined;
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
    latest: judged.period && judged.actual !== null ? { periodLabel: judged.period.label, ...(latestWithheld ? privacy(latestWithheld) : { value: judged.actual, ...shown }) } : null,
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

/**
 * The actual cells withheld for privacy, by the one rule every public output uses, over all the
 * measure's periods at once, since a reader of the page sees them all together.
 */
function withheldActuals(actuals: readonly PeriodValue[], threshold: number, isPercentage: boolean, groups: StudentGroupCatalog | undefined): Map<string, ProtectedResult> {
  const cells = actuals.map((value) => ({ periodLabel: value.period.label, subgroup: value.subgroup ?? null, value: value.value, n: value.n ?? null }));
  const periodRollUps = inferPeriodRollUps(cells.map((cell) => cell.periodLabel));
  const withheld = new Map<string, ProtectedResult>();
  for (const cell of protectResults(cells, { threshold, isPercentage, periodRollUps, ...(groups ? { groups } : {}) })) if (cell.isHidden) withheld.set(cellId(cell.periodLabel, cell.subgroup), cell);
  return withheld;
}
