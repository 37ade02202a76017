import { DONT_KNOW, type LikertScaleName, type LocalizedText, type SurveyOption, type SurveyQuestion } from './survey-format.js';

/**
 * The standard Likert scales with their built-in English and Spanish words. A survey in a third
 * language gives the scale's texts on the question's own `options` (same keys), which win.
 */
type Point = readonly [key: string, en: string, es: string];

const agreement5: Point[] = [
  ['strongly_disagree', 'Strongly disagree', 'Muy en desacuerdo'],
  ['disagree', 'Disagree', 'En desacuerdo'],
  ['neutral', 'Neither agree nor disagree', 'Ni de acuerdo ni en desacuerdo'],
  ['agree', 'Agree', 'De acuerdo'],
  ['strongly_agree', 'Strongly agree', 'Muy de acuerdo'],
];
const frequency5: Point[] = [
  ['never', 'Never', 'Nunca'],
  ['rarely', 'Rarely', 'Rara vez'],
  ['sometimes', 'Sometimes', 'A veces'],
  ['often', 'Often', 'A menudo'],
  ['always', 'Always', 'Siempre'],
];
const satisfaction5: Point[] = [
  ['very_dissatisfied', 'Very dissatisfied', 'Muy insatisfecho'],
  ['dissatisfied', 'Dissatisfied', 'Insatisfecho'],
  ['neutral', 'Neither satisfied nor dissatisfied', 'Ni satisfecho ni insatisfecho'],
  ['satisfied', 'Satisfied', 'Satisfecho'],
  ['very_satisfied', 'Very satisfied', 'Muy satisfecho'],
];
const importance5: Point[] = [
  ['not_important', 'Not important', 'Nada importante'],
  ['slightly_important', 'Slightly important', 'Poco importante'],
  ['moderately_important', 'Moderately important', 'Moderadamente importante'],
  ['very_important', 'Very important', 'Muy importante'],
  ['extremely_important', 'Extremely important', 'Sumamente importante'],
];

// The 4-point forms drop the middle: a respondent has to lean one way. Importance has no
// natural middle to drop, so its 4-point form drops "moderately" instead.
const withoutMiddle = (points: Point[]) => points.filter((_, index) => index !== 2);

const scalePoints: Record<LikertScaleName, Point[]> = {
  'agreement-4': withoutMiddle(agreement5),
  'agreement-5': agreement5,
  'frequency-4': withoutMiddle(frequency5),
  'frequency-5': frequency5,
  'satisfaction-4': withoutMiddle(satisfaction5),
  'satisfaction-5': satisfaction5,
  'importance-4': withoutMiddle(importance5),
  'importance-5': importance5,
};

/** The languages the built-in scale words are written in. */
export const SCALE_LANGUAGES: readonly string[] = ['en', 'es'];

export const dontKnowOption: SurveyOption = { key: DONT_KNOW, text: { en: "Don't know", es: 'No sé' } };

/** A scale's points, lowest first, with their built-in texts in "en" and "es". */
export function scaleOptions(scale: LikertScaleName): SurveyOption[] {
  return scalePoints[scale].map(([key, en, es]) => ({ key, text: { en, es } }));
}

/** The keys a scale's answers may carry (without "Don't know"). */
export function scaleKeys(scale: LikertScaleName): string[] {
  return scalePoints[scale].map(([key]) => key);
}

/**
 * What a respondent chooses from: the options of single, multi and rank; for Likert and matrix
 * the scale's points (a point the question also lists keeps the built-in texts it does not
 * replace, so a third language can be added on the question), then "Don't know" when offered.
 * A matrix without a scale uses its own options. Text and number questions have none.
 */
export function choicesOf(question: SurveyQuestion): SurveyOption[] {
  if (question.type === 'single' || question.type === 'multi' || question.type === 'rank') return question.options ?? [];
  if (question.type !== 'likert' && question.type !== 'matrix') return [];
  const points = question.scale ? withOwnTexts(scaleOptions(question.scale), question.options ?? []) : (question.options ?? []);
  const offersDontKnow = question.dont_know === true && !points.some((point) => point.key === DONT_KNOW);
  return offersDontKnow ? [...points, withOwnTexts([dontKnowOption], question.options ?? [])[0]!] : points;
}

function withOwnTexts(points: SurveyOption[], own: readonly SurveyOption[]): SurveyOption[] {
  const texts = new Map(own.map((option) => [option.key, option.text]));
  return points.map((point) => ({ key: point.key, text: { ...point.text, ...texts.get(point.key) } }));
}

/** The text in `language`, else in the first of `fallbacks` that has one, else any text at all. */
export function textIn(text: LocalizedText, language: string, fallbacks: readonly string[]): string {
  const direct = text[language];
  if (direct) return direct;
  for (const fallback of fallbacks) if (text[fallback]) return text[fallback];
  return Object.values(text).find((value) => value) ?? '';
}
