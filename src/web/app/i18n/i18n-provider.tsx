import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, isLocale, matchLocale, type Locale, type MessageVars } from '../../../core/i18n/format-message';
import { setFieldIssueWords, setRequestLanguage } from '../api';
import { describeFieldIssue } from './field-issue-words';
import type { Dictionaries, MessageKey } from './message-catalogue';

interface I18n {
  locale: Locale;
  /** Switches the language on this device; saving it to the account is the caller's business. */
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
  /** Whether a key made up at run time ("fieldName." + a field from the server) has a message. */
  hasMessage: (key: string) => key is MessageKey;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
}

const storageKey = 'waymark.locale';
const I18nContext = createContext<I18n | null>(null);

/** Before sign-in the device remembers the choice; with no choice yet, the browser's languages decide. */
function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private modes, strict settings); the browser languages still work.
  }
  return matchLocale(navigator.languages ?? [navigator.language]);
}

/** `dictionaries` come from main.tsx, joined from the domain list: the shell does not import the domains. */
export function I18nProvider({ dictionaries, children }: { dictionaries: Dictionaries; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>; it must follow the chosen language.
    document.documentElement.lang = locale;
  }, [locale]);
  // Set while rendering, not in an effect, so the first requests of a page already ask in its language.
  setRequestLanguage(locale);
  setFieldIssueWords((detail) => describeFieldIssue(dictionaries, locale, detail));

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered on this device; the account setting (when signed in) still is.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = dictionaries[locale];
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const safely = (format: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    return {
      locale,
      setLocale,
      t: (key, vars) => formatMessage(locale, messages[key], vars),
      // English is the reference: every language has its keys.
      hasMessage: (key): key is MessageKey => key in dictionaries.en,
      formatDate: (iso) => safely(dateFormat, iso),
      formatDateTime: (iso) => safely(dateTimeFormat, iso),
    };
  }, [dictionaries, locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

/** The translation function alone, for components that only need words. */
export function useT() {
  return useI18n().t;
}
