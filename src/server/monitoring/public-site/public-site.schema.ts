import { z } from 'zod';

export const publicLanguages = ['en', 'es'] as const;
export type PublicLanguage = (typeof publicLanguages)[number];

/** A text in the reader's language when the district wrote one; otherwise as written, and said so. */
export const LocalizedText = z
  .object({ text: z.string(), language: z.enum(publicLanguages), isTranslated: z.boolean() })
  .meta({ id: 'PublicLocalizedText', description: 'isTranslated is false when the reader asked for a language the district has not written this text in; language is then the one it is shown in.' });

const publicStatus = z.enum(['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']);

const PublicPoint = z.object({ periodLabel: z.string(), endsOn: z.string().nullable(), value: z.number().nullable() });
/** How a value is withheld to protect student privacy; a coded value is published as `range`. */
const privacyFields = {
  /** The exact value is withheld to protect student privacy (value is then null). */
  isHidden: z.boolean(),
  /** small_group: too few students; complement: a hidden value could be worked out from it; top_coded / bottom_coded: near 100% or 0%, published as `range`. */
  hiddenBecause: z.enum(['small_group', 'complement', 'top_coded', 'bottom_coded']).nullable(),
  /** For a coded value, what may be said of it: { min: 95, max: 100 } is "95% or more". */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
};
const PublicActual = PublicPoint.extend(privacyFields);

export const PublicSeries = z.object({
  subgroup: z.string().nullable(),
  baseline: PublicPoint.nullable(),
  targets: z.array(PublicPoint),
  actuals: z.array(PublicActual),
});

export const PublicMeasure = z.object({
  key: z.string(),
  name: LocalizedText,
  unit: z.string().nullable(),
  unitLabel: z.string().nullable(),
  direction: z.string().nullable(),
  source: z.string().nullable(),
  /** null when the all-students result of the latest period is withheld (hidden or coded) for privacy. */
  status: publicStatus.nullable(),
  trend: z.enum(['improving', 'flat', 'declining', 'unknown']),
  /** The latest all-students result; withheld for privacy like any actual (value null, isHidden true). null only when there is none. */
  latest: z.object({ periodLabel: z.string(), value: z.number().nullable(), ...privacyFields }).nullable(),
  finalTarget: z.object({ periodLabel: z.string(), value: z.number() }).nullable(),
  series: z.array(PublicSeries),
  narrative: z
    .object({ periodLabel: z.string(), happened: LocalizedText.nullable(), why: LocalizedText.nullable(), nextSteps: LocalizedText.nullable() })
    .nullable(),
});

/**
 * One thing the goal, one of its measures or strategies cites: a survey result, what a
 * conversation or focus groups found, a public comment, a data finding. Only its words.
 */
export const PublicCitation = z.object({
  /** The goal's key, or the key of the measure or strategy that cites it. */
  elementKey: z.string(),
  /** The measure's name or the strategy's title it is about; null for the goal itself. */
  about: LocalizedText.nullable(),
  text: LocalizedText,
});

export const PublicGoal = z.object({
  key: z.string(),
  kind: z.enum(['goal', 'interim_goal', 'guardrail']),
  title: LocalizedText,
  description: LocalizedText.nullable(),
  status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data']),
  counts: z.object({ onTrack: z.number(), atRisk: z.number(), offTrack: z.number(), noData: z.number(), total: z.number() }),
  measures: z.array(PublicMeasure),
  /** What shaped the goal: the citations of the adopted goal, its measures and strategies, each said once. */
  shapedBy: z.array(PublicCitation),
});

export const PublicPlan = z
  .object({
    district: z.object({ name: z.string(), slug: z.string() }),
    language: z.enum(publicLanguages),
    plan: z.object({
      title: LocalizedText,
      mission: LocalizedText.nullable(),
      vision: LocalizedText.nullable(),
      period: z.string().nullable(),
      adoptedOn: z.string().nullable(),
    }),
    /** Values about fewer students than this are never shown. */
    privacyThreshold: z.number().int(),
    goals: z.array(PublicGoal),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'PublicPlan' });
export type PublicPlan = z.infer<typeof PublicPlan>;
export type PublicGoal = z.infer<typeof PublicGoal>;
export type PublicMeasure = z.infer<typeof PublicMeasure>;
export type PublicCitation = z.infer<typeof PublicCitation>;
export type LocalizedText = z.infer<typeof LocalizedText>;

export const SlugParams = z.object({ slug: z.string().min(1).max(200) });
export const GoalPageParams = z.object({ slug: z.string().min(1).max(200), goalKey: z.string().min(1).max(100) });
export const LanguageQuery = z.object({ lang: z.enum(publicLanguages).optional() });

export const PublicSiteSettings = z
  .object({
    planId: z.uuid().nullable(),
    isPublished: z.boolean(),
    hiddenKeys: z.array(z.string()),
    slug: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'PublicSiteSettings' });

export const PublicSiteSettingsBody = z.object({
  planId: z.uuid().nullable(),
  isPublished: z.boolean(),
  hiddenKeys: z.array(z.string().min(1).max(100)).max(2000),
  /** The version read; 0 when the site was never saved. An int4 column: a larger number would answer 500 (22003). */
  version: z.number().int().min(0).max(2_147_483_647),
});

export const DistrictParams = z.object({ districtId: z.uuid() });
export const PlanParams = z.object({ planId: z.uuid() });

export const translationSubjects = ['plan', 'element', 'update'] as const;
export const Translation = z.object({
  subject: z.enum(translationSubjects),
  subjectKey: z.string().max(100),
  field: z.string().min(1).max(40),
  locale: z.enum(publicLanguages),
  text: z.string().trim().max(8000, 'must be at most 8000 characters'),
});

/** Every public text of a plan with its original and its translations, as the planners' editor lists them. */
export const TranslationList = z
  .object({
    texts: z.array(
      z.object({
        subject: z.enum(translationSubjects),
        subjectKey: z.string(),
        field: z.string(),
        /** Where it appears, for the editor: "Goal G1", "Measure G1.M1: narrative (2025-26)". */
        context: z.string(),
        original: z.string(),
        translations: z.object({ es: z.string().nullable(), en: z.string().nullable() }),
      }),
    ),
  })
  .meta({ id: 'TranslationList' });

export const TranslationsBody = z.object({
  /** An empty text removes the translation. */
  translations: z.array(Translation).max(5000),
});
