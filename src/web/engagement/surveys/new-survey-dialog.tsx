import { useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router';
import { SURVEY_FORMAT, type SurveyDocument } from '../../../core/engagement/survey-format';
import { api, ApiError, fieldIssueMessage } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import type { FrameworkName, SurveyDetail, SurveyStarter } from '../api-types';
import { describePath } from '../builder/survey-paths';
import { PathInWords } from './survey-words';
import { shownText, surveyPath, surveysApi } from './surveys-api';

interface Props {
  isOpen: boolean;
  districtId: string;
  onClose: () => void;
}

/**
 * Three ways to a new survey: a copy of a starter from the library (the starter itself is never
 * edited), a blank one, or a survey/v1 file exported from Waymark or another tool. A refused file
 * lists each problem at its place in the document, in words.
 */
export function NewSurveyDialog({ isOpen, districtId, onClose }: Props) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const starters = useResource<{ starters: SurveyStarter[] }>(isOpen ? surveysApi.starters(districtId) : null);
  const frameworks = useResource<{ templates: FrameworkName[] }>(isOpen ? '/api/process-templates' : null);
  const frameworkNames = (ids: readonly string[]) => ids.map((id) => frameworks.data?.templates.find((template) => template.id === id)?.name ?? id).join(' · ');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [imported, setImported] = useState<{ document: unknown; error: ApiError } | null>(null);

  const created = (survey: SurveyDetail) => navigate(surveyPath(organization!.id, survey.id));
  const run = async (what: string, create: () => Promise<SurveyDetail>) => {
    setBusy(what);
    setError(null);
    setImported(null);
    try {
      created(await create());
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setBusy(null);
    }
  };

  const copyStarter = (starter: SurveyStarter) => run(starter.key, () => api.post<SurveyDetail>(surveysApi.fromStarter(districtId), { starter_key: starter.key }));

  const startBlank = () => {
    const languages = locale === 'es' ? ['es', 'en'] : ['en', 'es'];
    const document: SurveyDocument = {
      format: SURVEY_FORMAT,
      title: { [languages[0]!]: t('surveys.blank.title') },
      mode: 'anonymous',
      languages,
      questions: [{ key: 'first_question', type: 'text', text: { [languages[0]!]: t('surveys.blank.question') } }],
    };
    return run('blank', () => api.post<SurveyDetail>(surveysApi.list(districtId), document));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setError(null);
      setImported({ document: null, error: new ApiError(400, 'not_json', t('surveys.import.notJson')) });
      return;
    }
    setBusy('import');
    setError(null);
    setImported(null);
    try {
      created(await api.post<SurveyDetail>(surveysApi.list(districtId), document));
    } catch (cause) {
      const failure = ApiError.from(cause);
      if (failure.code === 'invalid_input') setImported({ document, error: failure });
      else setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog isOpen={isOpen} title={t('surveys.new')} onClose={onClose} isWide>
      <div className="stack">
        {error && <ErrorAlert error={error} title={t('surveys.createFailed')} onDismiss={() => setError(null)} />}
        <section className="stack" aria-labelledby="starter-heading">
          <h3 id="starter-heading">{t('surveys.starters.title')}</h3>
          <p className="muted">{t('surveys.starters.description')}</p>
          {starters.isLoading && !starters.data && <Loading />}
          {starters.error && <ErrorAlert error={starters.error} title={t('surveys.starters.loadFailed')} />}
          <ul className="starter-list">
            {starters.data?.starters.map((starter) => {
              const title = shownText(starter.document.title, locale, starter.document.languages);
              return (
                <li key={starter.key} className="starter-card">
                  <p className="starter-framework">{frameworks.data ? frameworkNames(starter.frameworks) : ''}</p>
                  <h4>{title}</h4>
                  <p className="muted">{shownText(starter.description, locale, starter.document.languages)}</p>
                  <p className="starter-facts">{t('surveys.starters.questions', { count: starter.document.questions.length })}</p>
                  <Button size="small" variant="primary" isBusy={busy === starter.key} onClick={() => copyStarter(starter)} aria-label={t('surveys.starters.useLabel', { title })}>
                    {t('surveys.starters.use')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
        <section className="new-survey-other" aria-labelledby="other-heading">
          <h3 id="other-heading">{t('surveys.other.title')}</h3>
          <div className="new-survey-ways">
            <div className="stack">
              <p>{t('surveys.blank.description')}</p>
              <Button isBusy={busy === 'blank'} onClick={startBlank}>
                {t('surveys.blank.start')}
              </Button>
            </div>
            <div className="stack">
              <label htmlFor="survey-import-file">{t('surveys.import.description')}</label>
              <input id="survey-import-file" type="file" accept="application/json,.json" className="input" onChange={importFile} disabled={busy === 'import'} />
            </div>
          </div>
          {imported && (
            <Alert tone="danger" title={t('surveys.import.refused')} announce="alert">
              {imported.error.details.length === 0 ? (
                <p>{imported.error.message}</p>
              ) : (
                <ul className="problem-list">
                  {imported.error.details.map((detail, i) => (
                    <li key={`${detail.path}-${i}`}>
                      <strong>
                        <PathInWords parts={describePath(detail.path, imported.document)} />
                      </strong>
                      : {fieldIssueMessage(detail)}
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
        </section>
      </div>
    </Dialog>
  );
}
