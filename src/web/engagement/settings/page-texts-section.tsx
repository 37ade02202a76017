import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isRightToLeft } from '../../../core/engagement/survey-format';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { UnsavedChangesGuard } from '../../plan/fields/unsaved-changes-guard';
import { useLanguageName } from '../surveys/survey-words';
import { surveysApi } from '../surveys/surveys-api';
import type { DistrictEngagementSettings } from './engagement-settings-types';
import { languageCodeProblem, pageTextLanguages, pageTextRows, pageTextsToSave, type PageTextDrafts } from './page-text-drafts';
import { PageTextsTable } from './page-texts-table';
import './page-texts.css';

/**
 * The respondent page's own words in each further language of the district's surveys, translated
 * once for every survey: a language (?lang= from a survey's translations picks it), each English
 * text beside its box, what is missing counted. Texts typed in several languages are saved together.
 */
export function PageTextsSection({ districtId, settings, surveyLanguages, onSaved }: { districtId: string; settings: DistrictEngagementSettings; surveyLanguages: readonly string[]; onSaved: (saved: DistrictEngagementSettings) => void }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const [search] = useSearchParams();
  const asked = search.get('lang');
  const [added, setAdded] = useState<string[]>(() => (asked && !languageCodeProblem(asked) ? [asked] : []));
  const [chosen, setChosen] = useState<string | null>(asked);
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const [drafts, setDrafts] = useState<PageTextDrafts>({});
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'conflict' | 'fixFirst' | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isDirty = Object.keys(drafts).length > 0;
  const isDirtyRef = useRef(isDirty);
  isDirtyRef.current = isDirty;
  const sectionRef = useRef<HTMLElement>(null);

  const stored = settings.page_texts;
  const languages = pageTextLanguages({ surveyLanguages, stored, added });
  const language = languages.find((code) => code.toLowerCase() === chosen?.toLowerCase()) ?? languages[0] ?? null;
  const rows = language ? pageTextRows(language, stored, drafts) : [];
  const missing = rows.filter((row) => row.isMissing).length;

  // Arriving from a survey's translations (?lang=ar): the section is far down the page.
  useEffect(() => {
    if (!asked) return;
    const frame = requestAnimationFrame(() => sectionRef.current?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [asked]);

  const addLanguage = (event: FormEvent) => {
    event.preventDefault();
    const code = other.trim();
    const problem = languageCodeProblem(code);
    if (problem) return setOtherError(t(problem === 'code' ? 'pageTexts.check.code' : 'pageTexts.check.builtIn'));
    setOtherError(undefined);
    setAdded((current) => [...current, code]);
    setChosen(code);
    setOther('');
  };

  const save = async () => {
    setNotice(null);
    setFailure(null);
    const edited = Object.keys(drafts);
    const wrong = edited.flatMap((code) => pageTextRows(code, stored, drafts).filter((row) => row.problem).map((row) => ({ code, row })));
    if (wrong.length) {
      setChosen(wrong[0]!.code);
      setNotice('fixFirst');
      requestAnimationFrame(() => document.getElementById(boxId(wrong[0]!.row.key))?.focus());
      return;
    }
    setIsSaving(true);
    try {
      const saved = await api.put<DistrictEngagementSettings>(surveysApi.settings(districtId), { version: settings.version, page_texts: pageTextsToSave(stored, drafts) });
      setDrafts({});
      isDirtyRef.current = false;
      onSaved(saved);
      setNotice('saved');
    } catch (cause) {
      const error = ApiError.from(cause);
      const current = error.body.current as DistrictEngagementSettings | undefined;
      if (error.code === 'conflict' && current) {
        // Their texts come in underneath; the ones typed here stay in the boxes for the next save.
        onSaved(current);
        setNotice('conflict');
      } else setFailure(error);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section ref={sectionRef} id="page-texts" className="card" aria-labelledby="page-texts-heading">
      <div className="card-header">
        <div>
          <h2 id="page-texts-heading">{t('pageTexts.title')}</h2>
          <p>{t('pageTexts.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        <div className="translations-controls">
          {language && (
            <SelectField
              name="page-texts-language"
              label={t('pageTexts.language')}
              hint={t('pageTexts.languageHint')}
              value={language}
              onChange={(event) => setChosen(event.target.value)}
              options={languages.map((code) => ({ value: code, label: `${languageName(code)} (${code})` }))}
            />
          )}
          <form className="page-texts-add" noValidate onSubmit={addLanguage}>
            <TextField name="page-texts-other" label={t('pageTexts.other')} hint={t('pageTexts.otherHint')} value={other} error={otherError} autoComplete="off" spellCheck={false} onChange={(event) => setOther(event.target.value)} />
            <Button type="submit">{t('pageTexts.add')}</Button>
          </form>
        </div>
        {!language && <p className="muted">{t('pageTexts.none')}</p>}
        {language && (
          <div className="translations-controls">
            <p className={missing ? 'translations-count is-missing' : 'translations-count'} role="status">
              {missing ? t('pageTexts.missing', { count: missing, total: rows.length, name: languageName(language) }) : t('pageTexts.complete', { name: languageName(language) })}
            </p>
            <label className="checkbox">
              <input type="checkbox" checked={onlyMissing} onChange={(event) => setOnlyMissing(event.target.checked)} />
              <span>{t('pageTexts.onlyMissing')}</span>
            </label>
          </div>
        )}
      </div>
      {language && (
        <PageTextsTable
          language={language}
          isRtl={isRightToLeft(language)}
          rows={onlyMissing ? rows.filter((row) => row.isMissing || row.problem) : rows}
          boxId={boxId}
          onChange={(key, text) => setDrafts((current) => ({ ...current, [language]: { ...current[language], [key]: text } }))}
        />
      )}
      <div className="card-body stack page-texts-save">
        {notice === 'saved' && language && <Alert tone="success" onDismiss={() => setNotice(null)}>{t('pageTexts.saved', { name: languageName(language) })}</Alert>}
        {notice === 'conflict' && <Alert tone="warning" onDismiss={() => setNotice(null)}>{t('pageTexts.conflict')}</Alert>}
        {notice === 'fixFirst' && <Alert tone="warning" announce="alert">{t('pageTexts.fixFirst')}</Alert>}
        {failure && <ErrorAlert error={failure} title={t('pageTexts.saveFailed')} onDismiss={() => setFailure(null)} />}
        <div className="page-texts-save-row">
          <span className="muted">{isDirty ? t('pageTexts.unsaved') : t('pageTexts.allSaved')}</span>
          <Button variant="primary" isBusy={isSaving} disabled={!isDirty} onClick={save}>
            {t('pageTexts.save')}
          </Button>
        </div>
      </div>
      <UnsavedChangesGuard isDirty={isDirty} isDirtyRef={isDirtyRef} />
    </section>
  );
}

const boxId = (key: string) => `page-text-${key.replace(/\./g, '-')}`;
