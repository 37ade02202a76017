import { formatMessage, type Locale } from '../../../core/i18n/format-message';
import type { ApiErrorDetail } from '../api';
import type { Dictionaries, MessageKey } from './message-catalogue';

/**
 * What the page says under a field the server refused. English keeps the server's own words, which
 * name the rule exactly ("is required when asking for changes"); another language says the detail's
 * code (fieldIssue.<code>), or that the value is not valid when the server sent no code: a vaguer
 * Spanish sentence is still better than an English one on a Spanish page.
 */
export function describeFieldIssue(dictionaries: Pick<Dictionaries, Locale>, locale: Locale, detail: ApiErrorDetail): string {
  if (locale === 'en' && detail.message) return detail.message;
  const words = dictionaries[locale];
  const key = `fieldIssue.${detail.code ?? 'invalid'}`;
  return formatMessage(locale, key in words ? words[key as MessageKey] : words['fieldIssue.invalid'], detail.params);
}
