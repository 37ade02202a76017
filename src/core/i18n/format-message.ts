/**
 * Message formatting shared by every surface that speaks to people (web, e-mail, exports).
 * Kept tiny on purpose: `{name}` placeholders and one/other plural forms cover what the product
 * says today, and a full ICU implementation would be a dependency for little gain.
 */

export const supportedLocales = ['en', 'es'] as const;
export type Locale = (typeof supportedLocales)[number];

/** A message is plain text, or one text per plural category chosen by the `count` variable. */
export type Message = string | PluralMessage;
export interface PluralMessage {
  one: string;
  other: string;
}

export type MessageVars = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from a list of language tags in preference order
 * (for example `navigator.languages`), falling back to English.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a missing variable is noticed. */
export function interpolate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Chooses the plural form for `vars.count` with the locale's own rules, then interpolates. */
export function formatMessage(locale: Locale, message: Message, vars: MessageVars = {}): string {
  if (typeof message === 'string') return interpolate(message, vars);
  const count = typeof vars.count === 'number' ? vars.count : Number(vars.count ?? 0);
  const category = new Intl.PluralRules(locale).select(count);
  return interpolate(category === 'one' ? message.one : message.other, vars);
}
