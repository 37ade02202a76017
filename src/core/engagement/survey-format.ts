import { z } from 'zod';

/**
 * The survey interchange format, `survey/v1`: what a survey travels as between Waymark and other
 * tools, and what the server stores. Every text is a map of language to text, so one document holds
 * all its translations; a draft may lack some (missingTranslations says which), an open survey may
 * not. Exported then imported, a document comes back unchanged: nothing here adds defaults.
 * docs/survey-format.md describes it and docs/survey-v1.schema.json is generated from it.
 */
export const SURVEY_FORMAT = 'survey/v1';

/** A language tag as browsers send it: "en", "es", "ar", "zh-Hant", "pt-BR". */
export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "es"');

/** Languages written right to left: the respondent page sets dir="rtl" for them. */
export const rightToLeftLanguages: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ku', 'sd', 'ug']);
export const isRightToLeft = (language: string) => rightToLeftLanguages.has(language.split('-')[0]!);

/** Text in each language the survey is written in: `{"en": "...", "es": "..."}`. */
export const localizedText = (max: number) =>
  z.record(languageCode, z.string().trim().max(max, `must be at most ${max} characters`)).refine((texts) => Object.keys(texts).length > 0, 'needs a text in at least one language');
export type LocalizedText = Record<string, string>;

/** A key names a question, option or matrix item in answers and results: letters, digits, "_" and "-". */
export const answerKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1-64 letters, digits, "_" or "-", starting with a letter or digit');

export const questionTypes = ['single', 'multi', 'likert', 'rank', 'number', 'text', 'matrix'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The standard Likert scales, each in a 4-point (no middle) and 5-point form. */
export const likertScaleNames = ['agreement-4', 'agreement-5', 'frequency-4', 'frequency-5', 'satisfaction-4', 'satisfaction-5', 'importance-4', 'importance-5'] as const;
export type LikertScaleName = (typeof likertScaleNames)[number];

/** What a demographic question asks; `true` marks one of the district's own kinds. */
export const demographicKinds = ['role', 'school', 'grade_band', 'race_ethnicity', 'home_language'] as const;
export type DemographicKind = (typeof demographicKinds)[number];

export const optionSchema = z.strictObject({ key: answerKey, text: localizedText(500) });
export type SurveyOption = z.infer<typeof optionSchema>;

/**
 * Show a question only when an earlier one was answered a certain way: one of `any_of`'s option
 * keys chosen (single, multi, Likert), or a number within `at_least`..`at_most`.
 */
export const showIfSchema = z.strictObject({
  question: answerKey,
  any_of: z.array(answerKey).min(1).max(50).optional(),
  at_least: z.number().finite().optional(),
  at_most: z.number().finite().optional(),
});
export type ShowIf = z.infer<typeof showIfSchema>;

export const questionSchema = z.strictObject({
  key: answerKey,
  type: z.enum(questionTypes),
  text: localizedText(2000),
  /** A line under the question: an example, or why it is asked. */
  help: localizedText(2000).optional(),
  /** 1-based page the question is on; pages run in order and questions keep theirs in order. */
  page: z.number().int().min(1).max(100).optional(),
  required: z.boolean().optional(),
  demographic: z.union([z.boolean(), z.enum(demographicKinds)]).optional(),
  /** single, multi, rank; a matrix may use options instead of a Likert scale. */
  options: z.array(optionSchema).min(1).max(100).optional(),
  /** Present the options in a random order to each respondent (a last "Other" stays last only if listed in `fixed_last`). */
  randomize: z.boolean().optional(),
  fixed_last: z.array(answerKey).max(5).optional(),
  /** likert and matrix: the scale every item is answered on. */
  scale: z.enum(likertScaleNames).optional(),
  /** likert and matrix: offer "Don't know" (answer key `dont_know`) beside the scale. */
  dont_know: z.boolean().optional(),
  /** matrix: the items rated on the scale. */
  items: z.array(optionSchema).min(1).max(50).optional(),
  /** multi: the most options one may choose; rank: how many to rank (all when absent). */
  max_choices: z.number().int().min(1).max(100).optional(),
  /** number */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  integer: z.boolean().optional(),
  /** text: a paragraph box instead of one line, and the longest answer taken. */
  long: z.boolean().optional(),
  max_length: z.number().int().min(1).max(10000).optional(),
  show_if: showIfSchema.optional(),
});
export type SurveyQuestion = z.infer<typeof questionSchema>;

export const surveyModes = ['anonymous', 'confidential', 'identified'] as const;
export type SurveyMode = (typeof surveyModes)[number];

export const surveyDocumentSchema = z.strictObject({
  format: z.literal(SURVEY_FORMAT),
  title: localizedText(200),
  /** What the respondent reads before starting, after the plain-words line about the mode. */
  intro: localizedText(5000).optional(),
  /** Shown after the answers are sent. */
  thank_you: localizedText(2000).optional(),
  mode: z.enum(surveyModes),
  /** Every language the survey is offered in; the first is the default. */
  languages: z.array(languageCode).min(1).max(20),
  questions: z.array(questionSchema).min(1).max(200),
  /** Other tools' data, kept as given. */
  extensions: z.record(z.string(), z.unknown()).optional(),
});
export type SurveyDocument = z.infer<typeof surveyDocumentSchema>;

/** One respondent's answers by question key. */
export type AnswerValue = string | string[] | number | Record<string, string>;
export type Answers = Record<string, AnswerValue>;

/** The key a "Don't know" answer carries on a Likert or matrix question. */
export const DONT_KNOW = 'dont_know';
