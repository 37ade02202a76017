import type { Locale, Message } from '../../../core/i18n/format-message';
import { commonEn, commonEs } from './common.messages';
import type { Dictionaries, Dictionary } from './message-catalogue';

/** A domain's words in every language, keyed like its part of MessageCatalogue. */
export type DomainMessages = Record<Locale, Record<string, Message>>;

/**
 * The shell's words and every domain's, joined into one dictionary per language for the I18nProvider.
 * Each domain's Spanish is typed against its English in its messages.ts, and src/web/domains.ts checks
 * that the domains handed in here are all the ones MessageCatalogue knows, which is what makes the
 * result a full Dictionary.
 */
export function joinDictionaries(domains: ReadonlyArray<{ messages: DomainMessages }>): Dictionaries {
  const join = (locale: Locale, common: Record<string, Message>) => Object.assign({}, common, ...domains.map((domain) => domain.messages[locale])) as Dictionary;
  return { en: join('en', commonEn), es: join('es', commonEs) };
}
