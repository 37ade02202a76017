import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { missingPageTexts } from '../../../core/engagement/page-texts';
import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words';
import { isRightToLeft, type SurveyDocument } from '../../../core/engagement/survey-format';
import { api, ApiError, withQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { UnsavedChangesGuard } from '../../plan/fields/unsaved-changes-guard';
import type { SurveyDetail } from '../api-types';
import { fieldIdOf } from '../builder/problems';
import { describePath } from '../builder/survey-paths';
import { useSurvey } from '../surveys/survey-context';
import { PathInWords, useLanguageName } from '../surveys/survey-words';
import { engagementPath, surveysApi } from '../surveys/surveys-api';
import type { DistrictEngagementSettings } from '../settings/engagement-settings-types';
import { entryFor, setTranslation, translatableTexts } from './translatable-texts';
import './translations.css';

/**
 * Side by side: every text of the survey in its first language on the left and one chosen
 * language on the right, the missing ones marked and counted. A link from the open button's list
 * (?lang=es&path=/questions/2/text) lands on that text. Right-to-left languages are edited right to left.
 * In a language other than English and Spanish, one more entry counts the respondent page's own
 * words the district has not translated yet (once for all its surveys, in the engagement settings).
 */
export function TranslationsPage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const languageName = useLanguageName();
  const { organizationId, survey, setSurvey, reload, canEdit, canManage } = useSurvey();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState<SurveyDocument>(survey.document);
  const [isDirty, setIsDirty] = useState(false);
  const isDirtyRef = useRef(false);
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [onlyMissing, setOnlyMissing] = useState(false);
  isDirtyRef.current = isDirty;

  useEffect(() => {
    if (!isDirtyRef.current) setDraft(survey.document);
  }, [survey.document]);

  const source = draft.languages[0]!;
  const others = draft.languages.slice(1);
  const asked = search.get('lang');
  const language = asked && others.includes(asked) ? asked : (others[0] ?? null);
  const entries = useMemo(() => (language ? translatableTexts(draft, language) : []), [draft, language]);
  const hasFurtherLanguage = draft.languages.some((code) => !builtInPageLanguageOf(code));
  const settings = useResource<DistrictEngagementSettings>(hasFurtherLanguage ? surveysApi.settings(organizationId) : null);
  const pageTextsMissing = language && settings.data ? missingPageTexts(settings.data.page_texts, language).length : 0;
  const missing = entries.filter((entry) => entry.isMissing).length + (pageTextsMissing ? 1 : 0);
  const target = search.get('path');
  const isPageTextsTarget = target === '/page_texts';
  const targetEntry = target ? entryFor(entries, target, search.get('key') ?? undefined) : undefined;
  const shown = onlyMissing ? entries.filter((entry) => entry.isMissing || entry === targetEntry) : entries;

  // Arriving from a link to one text: focus its box once the page shows it. A frame later, since
  // the shell moves focus to the page's heading after a navigation (its effect runs after ours).
  useEffect(() => {
    if (!targetEntry || !language) return;
    const id = fieldIdOf(`${targetEntry.path}/${language}`);
    const frame = requestAnimationFrame(() => {
      const box = document.getElementById(id);
      box?.focus({ preventScroll: true });
      box?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
    // Only on arrival, not on every keystroke.
  }, [target, language]);
  // From a refused opening's list: the page's own words, once their count is known.
  useEffect(() => {
    if (!isPageTextsTarget || !settings.data) return;
    const frame = requestAnimationFrame(() => document.getElementById('page-texts-entry')?.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [isPageTextsTarget, settings.data]);

  const save = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await api.put<SurveyDetail>(surveysApi.survey(survey.id), { version: survey.version, document: draft });
      setIsDirty(false);
      isDirtyRef.current = false;
      setDraft(saved.document);
      setSurvey(saved);
      say(t('translations.saved'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  if (!language) {
    return (
      <section className="card card-body">
        <p>{t('translations.oneLanguage', { name: languageName(source) })}</p>
      </section>
    );
  }
  const isRtl = isRightToLeft(language);

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="translations-heading">
        <div className="card-header">
          <div>
            <h2 id="translations-heading">{t('translations.title')}</h2>
            <p>{t('translations.description', { source: languageName(source) })}</p>
          </div>
        </div>
        <div className="card-body translations-controls">
          <SelectField
            name="language"
            label={t('translations.language')}
            value={language}
            onChange={(event) => setSearch({ lang: event.target.value }, { replace: true })}
            options={others.map((code) => ({ value: code, label: languageName(code) }))}
          />
          <p className={missing ? 'translations-count is-missing' : 'translations-count'} role="status">
            {missing ? t('translations.missing', { count: missing, name: languageName(language) }) : t('translations.complete', { name: languageName(language) })}
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={onlyMissing} onChange={(event) => setOnlyMissing(event.target.checked)} />
            <span>{t('translations.onlyMissing')}</span>
          </label>
        </div>
      </section>
      <div className="translation-table" role="table" aria-label={t('translations.tableLabel', { source: languageName(source), target: languageName(language) })}>
        <div className="translation-row translation-head" role="row">
          <span role="columnheader">{t('translations.where')}</span>
          <span role="columnheader" lang={source}>
            {languageName(source)}
          </span>
          <span role="columnheader">{languageName(language)}</span>
        </div>
        {(pageTextsMissing > 0 || (!onlyMissing && settings.data && !builtInPageLanguageOf(language))) && (
          <div id="page-texts-entry" role="row" className={`translation-row${pageTextsMissing ? ' is-missing' : ''}${isPageTextsTarget ? ' is-target' : ''}`}>
            <span role="cell" className="translation-where">
              {t('translations.pageTexts.where')}
              {pageTextsMissing > 0 && (
                <>
                  {' '}
                  <Badge tone="warning">{t('translations.missingBadge')}</Badge>
                </>
              )}
            </span>
            <span role="cell" className="translation-source">
              {t('translations.pageTexts.source')}
            </span>
            <span role="cell" className="translation-target translation-page-texts">
              <span>{pageTextsMissing ? t('translations.pageTexts.missing', { count: pageTextsMissing, name: languageName(language) }) : t('translations.pageTexts.complete', { name: languageName(language) })}</span>{' '}
              {canManage ? (
                <Link to={withQuery(`${engagementPath(organizationId)}/settings`, { lang: language })}>{t('translations.pageTexts.link', { name: languageName(language) })}</Link>
              ) : (
                <span className="muted">{t('translations.pageTexts.askAdmin')}</span>
              )}
            </span>
          </div>
        )}
        {shown.map((entry) => {
          const id = fieldIdOf(`${entry.path}/${language}`);
          return (
            <div key={entry.path} role="row" className={`translation-row${entry.isMissing ? ' is-missing' : ''}${entry === targetEntry ? ' is-target' : ''}`}>
              <span role="cell" className="translation-where">
                <PathInWords parts={describePath(entry.path, draft)} />
                {entry.isMissing && (
                  <>
                    {' '}
                    <Badge tone="warning">{t('translations.missingBadge')}</Badge>
                  </>
                )}
              </span>
              <span role="cell" className="translation-source" lang={source} dir={isRightToLeft(source) ? 'rtl' : undefined}>
                {entry.source}
              </span>
              <span role="cell" className="translation-target">
                <label htmlFor={id} className="visually-hidden">
                  {t('translations.boxLabel', { name: languageName(language) })}: {entry.source}
                </label>
                <textarea
                  id={id}
                  className="textarea"
                  lang={language}
                  dir={isRtl ? 'rtl' : 'ltr'}
                  rows={entry.isLong ? 4 : Math.min(4, Math.max(1, Math.ceil(entry.source.length / 60)))}
                  value={entry.text}
                  readOnly={!canEdit}
                  onChange={(event) => {
                    setDraft(setTranslation(draft, entry.path, language, event.target.value));
                    setIsDirty(true);
                  }}
                />
              </span>
            </div>
          );
        })}
      </div>
      {canEdit && (
        <div className="save-bar" role="region" aria-label={t('builder.saveBar')}>
          {failure && failure.code !== 'conflict' && <ErrorAlert error={failure} title={t('translations.saveFailed')} onDismiss={() => setFailure(null)} />}
          {failure?.code === 'conflict' && (
            <Alert tone="warning" announce="alert" title={t('builder.conflict.title')}>
              <p>{t('builder.conflict.text')}</p>
              <Button
                size="small"
                onClick={async () => {
                  setIsDirty(false);
                  isDirtyRef.current = false;
                  setFailure(null);
                  await reload();
                }}
              >
                {t('builder.conflict.reload')}
              </Button>
            </Alert>
          )}
          <div className="save-bar-row">
            <span className="muted">{isDirty ? t('builder.unsaved') : t('builder.allSaved')}</span>
            <Button variant="primary" isBusy={isSaving} disabled={!isDirty} onClick={save}>
              {t('translations.save')}
            </Button>
          </div>
        </div>
      )}
      <UnsavedChangesGuard isDirty={isDirty} isDirtyRef={isDirtyRef} />
    </div>
  );
}
