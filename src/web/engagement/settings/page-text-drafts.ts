import { englishPageText, PAGE_TEXT_MAX_LENGTH, pageOfTextKey, pageTextsIn, placeholderProblem, placeholdersOf, storedPageTextKeys, type PageTexts, type PublicPage, type StoredPageTextKey } from '../../../core/engagement/page-texts';
import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words';
import { languageCode } from '../../../core/engagement/survey-format';

/** Texts typed on the screen and not saved yet, by language then key ('' for a text cleared). */
export type PageTextDrafts = Record<string, Partial<Record<StoredPageTextKey, string>>>;

export interface PageTextRow {
  key: StoredPageTextKey;
  /** The survey respondent page's or the conversation participant page's. */
  page: PublicPage;
  english: string;
  /** The English text's {placeholders}, written as they must stay: "{page}, {pages}". */
  placeholders: string;
  placeholderCount: number;
  text: string;
  isMissing: boolean;
  problem: 'placeholders' | 'tooLong' | null;
}

/**
 * The languages the screen offers, each once whatever its case: those of the district's surveys and
 * conversations other than English and Spanish, then those it has texts for, then those typed on the screen.
 */
export function pageTextLanguages(options: { surveyLanguages: readonly string[]; stored: PageTexts; added: readonly string[] }): string[] {
  const seen = new Set<string>();
  const languages: string[] = [];
  for (const language of [...options.surveyLanguages, ...Object.keys(options.stored), ...options.added]) {
    if (builtInPageLanguageOf(language) || seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    languages.push(language);
  }
  return languages;
}

/** Why a typed language code cannot be translated into, or null when it can. */
export function languageCodeProblem(code: string): 'code' | 'builtIn' | null {
  if (!languageCode.safeParse(code).success) return 'code';
  return builtInPageLanguageOf(code) ? 'builtIn' : null;
}

/** Every page text of one language as the screen shows it: the English, the text typed or saved, and what is wrong with it. */
export function pageTextRows(language: string, stored: PageTexts, drafts: PageTextDrafts): PageTextRow[] {
  const saved = pageTextsIn(stored, language);
  const typed = drafts[language] ?? {};
  return storedPageTextKeys.map((key) => {
    const english = englishPageText(key);
    const text = typed[key] ?? saved[key] ?? '';
    const trimmed = text.trim();
    const problem = !trimmed ? null : trimmed.length > PAGE_TEXT_MAX_LENGTH ? 'tooLong' : placeholderProblem(key, trimmed) ? 'placeholders' : null;
    const names = placeholdersOf(english);
    return { key, page: pageOfTextKey(key), english, placeholders: names.map((name) => `{${name}}`).join(', '), placeholderCount: names.length, text, isMissing: !trimmed, problem };
  });
}

/** What the screen saves: every stored language with the typed texts over it, trimmed, a cleared text left out. */
export function pageTextsToSave(stored: PageTexts, drafts: PageTextDrafts): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  const languages = pageTextLanguages({ surveyLanguages: [], stored, added: Object.keys(drafts) });
  for (const language of languages) {
    const merged: Record<string, string> = {};
    const saved = pageTextsIn(stored, language);
    const typed = Object.entries(drafts).find(([code]) => code.toLowerCase() === language.toLowerCase())?.[1] ?? {};
    for (const key of storedPageTextKeys) {
      const text = (typed[key] ?? saved[key] ?? '').trim();
      if (text) merged[key] = text;
    }
    if (Object.keys(merged).length) result[language] = merged;
  }
  return result;
}
