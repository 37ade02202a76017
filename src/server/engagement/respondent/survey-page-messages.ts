import type { SurveyMode } from '../../../core/engagement/survey-format.js';
import { pageTextsIn, type PageTexts } from '../../../core/engagement/page-texts.js';
import { builtInPageLanguageOf, builtInPageWords, pageTextKeys, type BuiltInPageLanguage, type PageTextKey } from '../../../core/engagement/respondent-page-words.js';

/*
 * The respondent page's own words (buttons, the mode in plain words, errors): built in for English
 * and Spanish (core/engagement/respondent-page-words.ts), and for any other survey language the
 * district's translation, kept with its engagement settings (a survey in that language opens only
 * once every text is there).
 */
export type ChromeLanguage = BuiltInPageLanguage;
export type SurveyPageMessageKey = PageTextKey;

/** The built-in language of a survey language's page words: Spanish for Spanish, else English (the fallback of any other). */
export function chromeLanguageOf(language: string): ChromeLanguage {
  return builtInPageLanguageOf(language) ?? 'en';
}

const fill = (template: string, values: Record<string, string | number>, missing: (name: string) => string) => template.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] === undefined ? missing(name) : String(values[name])));

/** A built-in message with its {placeholders} filled. */
export function pageMessage(language: ChromeLanguage, key: SurveyPageMessageKey, values: Record<string, string | number> = {}): string {
  return fill(builtInPageWords[language][key], values, (name) => `{${name}}`);
}

/** One of the page's words in a page's language, and the language it is really in when that is another. */
export interface PageWord {
  text: string;
  /** Set ("en") when the district has not translated this text, so English stands in for it. */
  fallback: ChromeLanguage | null;
}

/**
 * The page's words in one survey language: built in for English and Spanish, the district's own
 * for any other, and per text the English one where the district's is missing (a survey opened
 * before its district translated the page, or a restored backup).
 */
export function pageWordsIn(language: string, pageTexts: PageTexts = {}) {
  const builtIn = builtInPageLanguageOf(language);
  const own = builtIn ? {} : pageTextsIn(pageTexts, language);
  const word = (key: SurveyPageMessageKey): PageWord => {
    if (builtIn) return { text: builtInPageWords[builtIn][key], fallback: null };
    const text = own[key];
    return text ? { text, fallback: null } : { text: builtInPageWords.en[key], fallback: 'en' };
  };
  const filled = (key: SurveyPageMessageKey, values: Record<string, string | number> = {}, missing = (name: string) => `{${name}}`): PageWord => {
    const found = word(key);
    return { ...found, text: fill(found.text, values, missing) };
  };
  /** What is wrong with one answer, said to the respondent; a bound the check did not name reads as nothing rather than as "{maximum}". */
  const problem = (code: string | undefined, params: Record<string, string | number> = {}): string => {
    const key = `problem.${code}`;
    return filled(code && isProblemKey(key) ? key : 'problem.fallback', params, () => '').text;
  };
  /** Every problem text a page's script may need to show, by field issue code: handed to it in the page. */
  const problems = (): Record<string, string> => Object.fromEntries(pageTextKeys.filter(isProblemKey).map((key) => [key.slice('problem.'.length), word(key).text]));
  return { word: filled, problem, problems };
}

const isProblemKey = (key: string): key is SurveyPageMessageKey & `problem.${string}` => key.startsWith('problem.') && (pageTextKeys as string[]).includes(key);

const modeKeys: Record<SurveyMode, { title: SurveyPageMessageKey; text: SurveyPageMessageKey }> = {
  anonymous: { title: 'modeTitleAnonymous', text: 'modeAnonymous' },
  confidential: { title: 'modeTitleConfidential', text: 'modeConfidential' },
  identified: { title: 'modeTitleIdentified', text: 'modeIdentified' },
};
export const modeMessageKeys = (mode: SurveyMode) => modeKeys[mode];

/** A language's own name, as its speakers write it: "English", "Español", "العربية". */
export function languageName(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}
