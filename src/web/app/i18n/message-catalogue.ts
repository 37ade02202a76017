import type { Locale, Message } from '../../../core/i18n/format-message';
import type { commonEn } from './common.messages';

/**
 * Every English message the app has, by key. The shell's own words are here; each domain adds its
 * words from its `messages.ts` by declaration merging
 * (`declare module '../app/i18n/message-catalogue' { interface MessageCatalogue extends PlanEnglish {} }`),
 * so the shell never imports a domain, and still `t('a.typo')` fails the build.
 */
export interface MessageCatalogue extends CommonEnglish {}

type CommonEnglish = typeof commonEn;

/** A key of any message, checked at build time. */
export type MessageKey = keyof MessageCatalogue;

/** One language's words, every key present. */
export type Dictionary = Record<MessageKey, Message>;

export type Dictionaries = Record<Locale, Dictionary>;
