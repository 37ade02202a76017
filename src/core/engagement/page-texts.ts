import type { FieldIssueCode } from '../platform/field-issues.js';
import { conversationPageKeys, conversationPageWords, isConversationPageKey, type ConversationPageKey } from './conversations/conversation-page-words.js';
import { builtInPageLanguageOf, builtInPageWords, isPageTextKey, pageTextKeys, type PageTextKey } from './respondent-page-words.js';
import { languageCode } from './survey-format.js';

/** A conversation participant page's text, as stored beside the survey page's: "conversation.start". */
export type ConversationTextKey = `conversation.${ConversationPageKey}`;
/** Any text a district translates: the survey respondent page's, or the conversation page's. */
export type StoredPageTextKey = PageTextKey | ConversationTextKey;
/** Which page's texts: a survey opens in a language once it has the survey page's, a conversation the conversation page's. */
export type PublicPage = 'survey' | 'conversation';

const conversationTextKeys = conversationPageKeys.map((key) => `conversation.${key}` as ConversationTextKey);
/** Every text a district translates, the survey page's first, each page's in the order its English is written. */
export const storedPageTextKeys: readonly StoredPageTextKey[] = [...pageTextKeys, ...conversationTextKeys];
export const pageTextKeysOf = (page: PublicPage): readonly StoredPageTextKey[] => (page === 'survey' ? pageTextKeys : conversationTextKeys);
export const pageOfTextKey = (key: StoredPageTextKey): PublicPage => (key.startsWith('conversation.') ? 'conversation' : 'survey');

export function isStoredPageTextKey(key: string): key is StoredPageTextKey {
  return key.startsWith('conversation.') ? isConversationPageKey(key.slice('conversation.'.length)) : isPageTextKey(key);
}

/** The built-in English of a text, the one its translation is checked against. */
export function englishPageText(key: StoredPageTextKey): string {
  return key.startsWith('conversation.') ? conversationPageWords.en[key.slice('conversation.'.length) as ConversationPageKey] : builtInPageWords.en[key as PageTextKey];
}

/**
 * A district's translations of the public pages' own words, by language then key:
 * `{ "ar": { "next": "التالي", "conversation.start": "ابدأ" } }`. English and Spanish are built in
 * (respondent-page-words.ts, conversations/conversation-page-words.ts) and never stored; a survey or
 * conversation in any other language opens only once its district has every text of its page.
 */
export type PageTexts = Record<string, Partial<Record<StoredPageTextKey, string>>>;

export const PAGE_TEXT_MAX_LENGTH = 500;
export const PAGE_TEXTS_MAX_LANGUAGES = 40;

export interface PageTextProblem {
  /** JSON pointer in the settings body: "/page_texts/ar/pageOf". */
  path: string;
  message: string;
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

/** The {names} a text fills in, each once, sorted: "Page {page} of {pages}" → ["page", "pages"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * What a translation does to the English text's {placeholders}: those it lost (the page would not
 * say the page number) and those it invented (the page would show "{foo}" as it is).
 */
export function placeholderProblem(key: StoredPageTextKey, text: string): { missing: string[]; extra: string[] } | null {
  const wanted = placeholdersOf(englishPageText(key));
  const found = placeholdersOf(text);
  const missing = wanted.filter((name) => !found.includes(name));
  const extra = found.filter((name) => !wanted.includes(name));
  return missing.length || extra.length ? { missing, extra } : null;
}

const braces = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');
const pointer = (...segments: string[]) => `/page_texts${segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;

/**
 * Checks a district's page texts as sent (language → key → text) and returns them trimmed, with a
 * problem at the JSON pointer of each text refused: a language that is no language code, or is
 * English or Spanish (built in), or is listed twice in different case; a key the page does not
 * have; an empty or over-long text; a text whose {placeholders} differ from the English text's.
 */
export function checkPageTexts(input: Readonly<Record<string, Readonly<Record<string, string>>>>): { texts: PageTexts; problems: PageTextProblem[] } {
  const texts: PageTexts = {};
  const problems: PageTextProblem[] = [];
  const languages = Object.keys(input);
  if (languages.length > PAGE_TEXTS_MAX_LANGUAGES) {
    problems.push({ path: pointer(), message: `may hold at most ${PAGE_TEXTS_MAX_LANGUAGES} languages`, code: 'too_many', params: { maximum: PAGE_TEXTS_MAX_LANGUAGES } });
  }
  const seen = new Set<string>();
  for (const language of languages) {
    if (!languageCode.safeParse(language).success) {
      problems.push({ path: pointer(language), message: 'must be a language code such as "ar" or "vi"', code: 'invalid_format' });
      continue;
    }
    if (builtInPageLanguageOf(language)) {
      problems.push({ path: pointer(language), message: 'English and Spanish are built in: only the texts of other languages are stored', code: 'not_changed_here' });
      continue;
    }
    if (seen.has(language.toLowerCase())) {
      problems.push({ path: pointer(language), message: 'is listed twice (language codes are the same in any case)', code: 'duplicate' });
      continue;
    }
    seen.add(language.toLowerCase());
    const kept: Partial<Record<StoredPageTextKey, string>> = {};
    for (const [key, value] of Object.entries(input[language]!)) {
      const at = pointer(language, key);
      if (!isStoredPageTextKey(key)) {
        problems.push({ path: at, message: 'is not one of the survey or conversation page’s texts', code: 'unknown_field' });
        continue;
      }
      const text = value.trim();
      if (!text) problems.push({ path: at, message: 'needs a text: leave a text out rather than empty', code: 'required' });
      else if (text.length > PAGE_TEXT_MAX_LENGTH) problems.push({ path: at, message: `must be at most ${PAGE_TEXT_MAX_LENGTH} characters`, code: 'too_long', params: { maximum: PAGE_TEXT_MAX_LENGTH } });
      else {
        const placeholders = placeholderProblem(key, text);
        if (placeholders) problems.push({ path: at, message: placeholderMessage(placeholders), code: 'invalid_format', params: { placeholders: braces(englishPageText(key).match(/\{\w+\}/g) ?? []) } });
        else kept[key] = text;
      }
    }
    texts[language] = kept;
  }
  return { texts, problems };
}

function placeholderMessage({ missing, extra }: { missing: string[]; extra: string[] }): string {
  const parts = [
    missing.length ? `must keep the placeholder${missing.length > 1 ? 's' : ''} ${braces(missing)} of the English text` : '',
    extra.length ? `has ${braces(extra)}, which the English text does not fill in` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')}: keep each {name} in braces as it is, wherever it reads well`;
}

/** The district's texts for one survey language, whatever the case of its code ("zh-Hant", "zh-hant"). */
export function pageTextsIn(pageTexts: PageTexts, language: string): Partial<Record<StoredPageTextKey, string>> {
  const wanted = language.toLowerCase();
  const found = Object.keys(pageTexts).find((code) => code.toLowerCase() === wanted);
  return found ? (pageTexts[found] ?? {}) : {};
}

/** The texts of a page (the survey page unless said) a language still lacks, in the order the English is written; none for English and Spanish. */
export function missingPageTexts(pageTexts: PageTexts, language: string, page: PublicPage = 'survey'): StoredPageTextKey[] {
  if (builtInPageLanguageOf(language)) return [];
  const own = pageTextsIn(pageTexts, language);
  return pageTextKeysOf(page).filter((key) => !own[key]?.trim());
}

/**
 * Stored page texts as the pages read them: only known keys with non-empty texts. A backup
 * restored from elsewhere or a hand-edited row is read without trusting its shape.
 */
export function readStoredPageTexts(stored: unknown): PageTexts {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const texts: PageTexts = {};
  for (const [language, byKey] of Object.entries(stored as Record<string, unknown>)) {
    if (builtInPageLanguageOf(language) || !byKey || typeof byKey !== 'object' || Array.isArray(byKey)) continue;
    const kept: Partial<Record<StoredPageTextKey, string>> = {};
    for (const [key, text] of Object.entries(byKey as Record<string, unknown>)) if (isStoredPageTextKey(key) && typeof text === 'string' && text.trim()) kept[key] = text;
    texts[language] = kept;
  }
  return texts;
}
