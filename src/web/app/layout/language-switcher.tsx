import { useId } from 'react';
import { isLocale } from '../../../core/i18n/format-message';
import { useI18n } from '../i18n/i18n-provider';
import { useSession } from '../session';

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
const languages = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
] as const;

export function LanguageSwitcher({ className = 'header-field' }: { className?: string }) {
  const { locale, t } = useI18n();
  const { changeLocale } = useSession();
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        className="header-select"
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          // Saving to the account can fail (offline); the page has already switched, which is what matters now.
          if (isLocale(next)) changeLocale(next).catch(() => undefined);
        }}
      >
        {languages.map((language) => (
          <option key={language.locale} value={language.locale} lang={language.locale}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
