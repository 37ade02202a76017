import { conversationPageWords, type ConversationPageKey } from '../../../core/engagement/conversations/conversation-page-words.js';
import { pageTextsIn, type PageTexts } from '../../../core/engagement/page-texts.js';
import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words.js';
import type { Locale } from '../../../core/i18n/format-message.js';

export type { ConversationPageKey } from '../../../core/engagement/conversations/conversation-page-words.js';

/*
 * The participant page's own words: built in for English and Spanish
 * (core/engagement/conversations/conversation-page-words.ts), and for any other conversation
 * language the district's translation, kept with its engagement settings' page texts under
 * "conversation.<key>" (a conversation opens in such a language only once every text is there).
 */

/** The built-in words language for a conversation language: Spanish for any Spanish, else English. */
export function pageLocaleOf(language: string): Locale {
  return builtInPageLanguageOf(language) ?? 'en';
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] === undefined ? `{${name}}` : String(values[name])));

/** One of the page's built-in words with its {placeholders} filled. */
export function pageWord(locale: Locale, key: ConversationPageKey, values: Record<string, string | number> = {}): string {
  return fill(conversationPageWords[locale][key], values);
}

export type ConversationWord = (key: ConversationPageKey, values?: Record<string, string | number>) => string;

/**
 * The page's words in one conversation language: built in for English and Spanish, the district's
 * own for any other, and per text the English one where the district's is missing (a restored
 * backup, or a conversation opened before the words were all required).
 */
export function conversationWordsIn(language: string, pageTexts: PageTexts = {}): ConversationWord {
  const builtIn = builtInPageLanguageOf(language);
  if (builtIn) return (key, values = {}) => pageWord(builtIn, key, values);
  const own = pageTextsIn(pageTexts, language);
  return (key, values = {}) => fill(own[`conversation.${key}`] || conversationPageWords.en[key], values);
}
