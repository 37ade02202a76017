import { useSearchParams } from 'react-router';
import { textIn } from '../../../core/engagement/likert-scales';
import type { LocalizedText } from '../../../core/engagement/survey-format';
import type { ResultGroup } from '../../../core/engagement/survey-results-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import type { SurveyResults } from '../api-types';
import { useSurvey } from '../surveys/survey-context';
import { SurveySummaryDownloads } from '../summary/summary-downloads';
import { surveysApi } from '../surveys/surveys-api';
import { breakdownQuestions, NO_GROUP, STAKEHOLDER_GROUP_BREAKDOWN } from '../../../core/engagement/tally-survey-results';
import { CountCell } from './count-cell';
import { ResultsDownloads } from './results-downloads';
import { QuestionResultCard } from './question-result';
import { readCell } from './results-model';
import './results.css';

/**
 * A survey's results: how many responded, a chart per question with "n answered", and any question
 * broken down by a demographic (or other choice) question, or by the stakeholder group each
 * response came through (a group's link or a mailed invitation). The server has already hidden every
 * cell of fewer respondents than the district's threshold, and every cell that would give one away.
 */
export function ResultsPage() {
  const { t, locale } = useI18n();
  const { survey } = useSurvey();
  const [search, setSearch] = useSearchParams();
  const document = survey.document;
  const choices = breakdownQuestions(document);
  const asked = search.get('by');
  // Offered when the survey serves a planning cycle (its groups have links); taken from the address either way.
  const offersGroups = survey.cycle_id !== null || asked === STAKEHOLDER_GROUP_BREAKDOWN;
  const by = asked && (asked === STAKEHOLDER_GROUP_BREAKDOWN || choices.some((q) => q.key === asked)) ? asked : null;
  const results = useResource<SurveyResults>(surveysApi.results(survey.id, by));
  const fallbacks = [...document.languages, 'en'];
  const text = (value: LocalizedText) => textIn(value, locale, fallbacks);
  const groupLabel = (group: ResultGroup) =>
    group.key === 'all' ? t('results.group.all') : group.key === 'no_answer' ? t('results.group.noAnswer') : group.key === NO_GROUP ? t('results.group.noGroup') : text(group.label) || group.key;
  const data = results.data;

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="results-heading">
        <div className="card-header">
          <div>
            <h2 id="results-heading">{t('results.title')}</h2>
            <p>{data ? t('results.protected', { threshold: data.threshold }) : t('results.description')}</p>
          </div>
          {data && (
            <p className="results-respondents">
              <span className="results-respondents-label">{t('results.respondents')}</span>{' '}
              <span className="results-respondents-value">
                <CountCell reading={readCell(data.respondents, undefined)} threshold={data.threshold} showPercent={false} />
              </span>
            </p>
          )}
        </div>
        <div className="card-body results-controls">
          <div className="field">
            <label className="field-label" htmlFor="results-by">
              {t('results.by')}
            </label>
            <select
              id="results-by"
              className="select"
              value={by ?? ''}
              onChange={(event) => setSearch(event.target.value ? { by: event.target.value } : {}, { replace: true })}
              aria-describedby="results-by-hint"
            >
              <option value="">{t('results.byNone')}</option>
              {offersGroups && <option value={STAKEHOLDER_GROUP_BREAKDOWN}>{t('results.byGroup')}</option>}
              {choices.map((question) => (
                <option key={question.key} value={question.key}>
                  {question.demographic ? `${text(question.text)} · ${t('results.demographic')}` : text(question.text)}
                </option>
              ))}
            </select>
            <span className="field-hint" id="results-by-hint">
              {t('results.byHint')}
            </span>
          </div>
          <ResultsDownloads surveyId={survey.id} by={by} />
          <SurveySummaryDownloads surveyId={survey.id} by={by} />
        </div>
      </section>
      {results.isLoading && !data && <Loading />}
      {results.error && <ErrorAlert error={results.error} title={t('results.loadFailed')} />}
      {data && (
        <div className="stack-lg" aria-busy={results.isLoading || undefined}>
          {data.questions.map((result) => (
            <QuestionResultCard
              key={result.key}
              result={result}
              number={document.questions.findIndex((q) => q.key === result.key) + 1}
              document={document}
              surveyId={survey.id}
              groups={data.by ? data.groups : data.groups.filter((g) => g.key === 'all')}
              isBrokenDown={data.by !== null}
              threshold={data.threshold}
              text={text}
              groupLabel={groupLabel}
            />
          ))}
        </div>
      )}
    </div>
  );
}
