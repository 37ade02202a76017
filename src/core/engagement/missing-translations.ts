import { choicesOf } from './likert-scales.js';
import { missingPageTexts, type PageTexts } from './page-texts.js';
import { everyText } from './validate-survey-document.js';
import type { LocalizedText, SurveyDocument } from './survey-format.js';

export interface MissingTranslation {
  /** The text's JSON pointer, e.g. "/questions/2/text"; "/questions/2/options" for a scale point the question does not list yet. */
  path: string;
  language: string;
  /** The text in the first of the survey's languages that has it, to translate from. */
  source: string;
  /** The scale point's key, for a point of a Likert or matrix scale. */
  key?: string;
  /**
   * For the respondent page's own words (path "/page_texts/<language>", a pointer into the
   * district's engagement settings, not the document): how many the district has not translated.
   */
  count?: number;
}

/**
 * Every text a respondent could see that lacks one of the survey's languages: an open survey must
 * have none. The standard scales carry their own English and Spanish words, so their points need
 * texts on the question (`options`, same keys) only for the other languages. Given the district's
 * page texts, a language other than English and Spanish whose page words are not all translated
 * adds one entry saying how many are missing (the page's words are the district's, not the survey's).
 */
export function missingTranslations(document: SurveyDocument, options: { pageTexts?: PageTexts } = {}): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  const sourceOf = (text: LocalizedText) => document.languages.map((language) => text[language]).find((value) => value) ?? Object.values(text).find((value) => value) ?? '';
  const onScale = new Set(document.questions.flatMap((question, q) => (question.scale && (question.type === 'likert' || question.type === 'matrix') ? [`/questions/${q}/options/`] : [])));
  for (const { path, text } of everyText(document)) {
    // A scale point's texts are checked below, with the built-in words merged in.
    if (onScale.has(path.replace(/\d+\/text$/, ''))) continue;
    for (const language of document.languages) if (!text[language]) missing.push({ path, language, source: sourceOf(text) });
  }
  document.questions.forEach((question, q) => {
    if (!onScale.has(`/questions/${q}/options/`)) return;
    for (const point of choicesOf(question)) {
      const listed = question.options?.findIndex((option) => option.key === point.key) ?? -1;
      const path = listed >= 0 ? `/questions/${q}/options/${listed}/text` : `/questions/${q}/options`;
      for (const language of document.languages) if (!point.text[language]) missing.push({ path, language, source: sourceOf(point.text), key: point.key });
    }
  });
  if (options.pageTexts) {
    for (const language of document.languages) {
      const count = missingPageTexts(options.pageTexts, language).length;
      if (count) missing.push({ path: `/page_texts/${language}`, language, source: '', count });
    }
  }
  return missing;
}
