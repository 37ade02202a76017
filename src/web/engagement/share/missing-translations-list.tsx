import { Link } from 'react-router';
import { withQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { SurveyDocument } from '../../../core/engagement/survey-format';
import { describePath } from '../builder/survey-paths';
import { PathInWords, useLanguageName } from '../surveys/survey-words';
import { surveyPath } from '../surveys/surveys-api';
import { entryFor, translatableTexts } from '../translations/translatable-texts';
import type { MissingText } from './missing-texts';

/** Each missing text, in words, with its text in the first language: a link to the translations screen at that text. */
export function MissingTranslationsList({ organizationId, surveyId, document, missing }: { organizationId: string; surveyId: string; document: SurveyDocument; missing: readonly MissingText[] }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const byLanguage = new Map<string, ReturnType<typeof translatableTexts>>();
  const entriesIn = (language: string) => {
    if (!byLanguage.has(language)) byLanguage.set(language, translatableTexts(document, language));
    return byLanguage.get(language)!;
  };
  return (
    <ul className="missing-list">
      {missing.map((item, i) => {
        // The respondent page's own words: translated once for the district, listed as one entry.
        if (item.path === '/page_texts') {
          return (
            <li key={`page-texts-${item.language}`}>
              <Link to={withQuery(surveyPath(organizationId, surveyId, 'translations'), { lang: item.language, path: item.path })}>{t('share.pageTextsMissing', { name: languageName(item.language) })}</Link>
            </li>
          );
        }
        const entry = entryFor(entriesIn(item.language), item.path, item.key);
        const target = withQuery(surveyPath(organizationId, surveyId, 'translations'), { lang: item.language, path: entry?.path ?? item.path, key: item.key });
        return (
          <li key={`${item.path}-${item.language}-${item.key ?? ''}-${i}`}>
            <Link to={target}>
              {t('share.missingIn', { name: languageName(item.language) })}: <PathInWords parts={describePath(entry?.path ?? item.path, document)} />
            </Link>
            {entry?.source && (
              <span className="missing-source muted" lang={document.languages[0]}>
                “{entry.source}”
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
