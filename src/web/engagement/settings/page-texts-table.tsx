import { Fragment } from 'react';
import { PAGE_TEXT_MAX_LENGTH } from '../../../core/engagement/page-texts';
import type { StoredPageTextKey } from '../../../core/engagement/page-texts';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Icon } from '../../app/ui/icons';
import { useLanguageName } from '../surveys/survey-words';
import type { PageTextRow } from './page-text-drafts';
import '../translations/translations.css';

/**
 * Each English text of the respondent page beside its box in the chosen language, the way a
 * survey's translations are laid out: the missing ones marked, the {placeholders} to keep said
 * under the English, a box whose placeholders went astray said so under it.
 */
export function PageTextsTable({ language, isRtl, rows, boxId, onChange }: { language: string; isRtl: boolean; rows: readonly PageTextRow[]; boxId: (key: StoredPageTextKey) => string; onChange: (key: StoredPageTextKey, text: string) => void }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const name = languageName(language);
  return (
    <div className="translation-table page-texts-table" role="table" aria-label={t('pageTexts.tableLabel', { name })}>
      <div className="translation-row translation-head" role="row">
        <span role="columnheader">{t('pageTexts.english')}</span>
        <span role="columnheader">{name}</span>
      </div>
      {rows.map((row, index) => {
        const id = boxId(row.key);
        // Each page's texts under its own heading row: the survey page's, then the conversation page's.
        const heading =
          index === 0 || rows[index - 1]!.page !== row.page ? (
            <div role="row" className="translation-row page-texts-group" key={`${row.page}-heading`}>
              <span role="cell" className="page-texts-group-title">
                {t(row.page === 'survey' ? 'pageTexts.group.survey' : 'pageTexts.group.conversation')}
              </span>
            </div>
          ) : null;
        const keepId = row.placeholders ? `${id}-keep` : undefined;
        const errorId = row.problem ? `${id}-error` : undefined;
        return (
          <Fragment key={row.key}>
            {heading}
            <div role="row" className={`translation-row${row.isMissing || row.problem ? ' is-missing' : ''}`}>
              <span role="cell" className="translation-source" lang="en" dir="ltr">
                {row.english}
                {row.isMissing && (
                  <>
                    {' '}
                    <Badge tone="warning">{t('pageTexts.missingBadge')}</Badge>
                  </>
                )}
                {keepId && (
                  <span className="page-text-keep" id={keepId}>
                    {t('pageTexts.keep', { count: row.placeholderCount, placeholders: row.placeholders })}
                  </span>
                )}
              </span>
              <span role="cell" className="translation-target">
                <label htmlFor={id} className="visually-hidden">
                  {t('pageTexts.boxLabel', { name })}: {row.english}
                </label>
                <textarea
                  id={id}
                  className="textarea"
                  lang={language}
                  dir={isRtl ? 'rtl' : 'ltr'}
                  rows={Math.min(4, Math.max(1, Math.ceil(row.english.length / 60)))}
                  value={row.text}
                  aria-invalid={row.problem ? true : undefined}
                  aria-describedby={[errorId, keepId].filter(Boolean).join(' ') || undefined}
                  onChange={(event) => onChange(row.key, event.target.value)}
                />
                {row.problem && (
                  <span className="field-error" id={errorId}>
                    <Icon name="error" size={16} />
                    <span>{row.problem === 'tooLong' ? t('pageTexts.check.tooLong', { maximum: PAGE_TEXT_MAX_LENGTH }) : t('pageTexts.check.placeholders', { count: row.placeholderCount, placeholders: row.placeholders })}</span>
                  </span>
                )}
              </span>
            </div>
          </Fragment>
        );
      })}
    </div>
  );
}
