import { NavLink } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { protocolText } from '../../../core/engagement/focus-groups/protocol-format';

/** A constituency's name in the reader's language (the committee's words). */
export const constituencyKey = (constituency: string) => `constituency.${constituency}` as MessageKey;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day (2026-09-20) in the reader's words, never moved by a time zone. */
export function formatDay(locale: string, day: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}

/** A language's name in the reader's language ("Spanish", "español"). */
export function useLanguageWords() {
  const { locale } = useI18n();
  return (code: string) => {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    } catch {
      return code;
    }
  };
}

/** Who was in the room, in words: "Families · Spanish · Parents at Lincoln". */
export function useWhoWords() {
  const { t } = useI18n();
  const languageName = useLanguageWords();
  return (group: { constituency: string; language: string; label: string | null }) =>
    [t('focusGroups.who', { constituency: t(constituencyKey(group.constituency)), language: languageName(group.language) }), group.label].filter(Boolean).join(' · ');
}

/** A protocol text in the reader's language, else English, else any. */
export function useProtocolText() {
  const { locale } = useI18n();
  return (text: Record<string, string>, language?: string) => protocolText(text, language ?? locale, [locale, 'en']);
}

/** Surveys and focus groups side by side, at the top of every focus-group page. */
export function EngagementTabs({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  return (
    <nav className="fg-tabs" aria-label={t('focusGroups.tabs.label')}>
      <NavLink className="fg-tab" to={`/o/${organizationId}/engagement`} end>
        {t('focusGroups.tabs.surveys')}
      </NavLink>
      <NavLink className="fg-tab" to={`/o/${organizationId}/engagement/focus-groups`}>
        {t('focusGroups.tabs.focusGroups')}
      </NavLink>
    </nav>
  );
}
