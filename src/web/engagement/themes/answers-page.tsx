import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { textIn } from '../../../core/engagement/likert-scales';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { SurveyDetail } from '../api-types';
import { shownText, surveyPath, surveysApi } from '../surveys/surveys-api';
import { AnswerList } from './answer-list';
import { answerThemeKeys, ThemeList } from './theme-list';
import { FindThemesButton, ReplaceThemesDialog, ThemeSetAlerts } from './theme-set-parts';
import { themeSetUrls, useThemeSet } from './use-theme-set';
import { themesApi, type AnswerFilter, type QuestionAnswer, type QuestionAnswers, type QuestionThemes } from './themes-api';
import './themes.css';

/**
 * A text question's answers and their themes: themes on the left (above on a phone), the answers
 * on the right with search, stars, and moving answers between themes. Finding themes runs on the
 * server in the background: the page polls until they are found.
 */
export function AnswersPage() {
  const { t, locale } = useI18n();
  const { surveyId = '', questionKey = '' } = useParams();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const survey = useResource<SurveyDetail>(surveysApi.survey(surveyId));
  const themes = useResource<QuestionThemes>(themesApi.themes(surveyId, questionKey));
  const [filter, setFilter] = useState<AnswerFilter>({ q: '', theme: 'all', page: 1 });
  const answers = useResource<QuestionAnswers>(themesApi.answers(surveyId, questionKey, filter));
  const data = themes.data;
  const set = useThemeSet<QuestionThemes>({
    themes,
    urls: themeSetUrls(themesApi.themes(surveyId, questionKey), 'response_ids', themesApi.move(surveyId, questionKey)),
    keys: answerThemeKeys,
    apply: async (next) => {
      if (next) themes.setData(next);
      await answers.reload();
    },
    reloadAll: () => Promise.all([themes.reload(), answers.reload()]),
    onFound: () => void answers.reload(),
  });

  const { isBusy, isRunning, change } = set;
  const sortNew = () => change(() => api.post<QuestionThemes>(themesApi.sortNew(surveyId, questionKey), { version: data!.version }));
  const star = async (answer: QuestionAnswer) => {
    const url = themesApi.star(surveyId, questionKey, answer.response_id);
    await change(async () => {
      if (answer.is_starred) await api.delete(url);
      else await api.put(url, {});
      await themes.reload();
    });
  };

  const surveyData = survey.data;
  const languages = data?.languages ?? surveyData?.document.languages ?? [];
  const questionText = data ? textIn(data.question.text, locale, [...languages, 'en']) : '';
  const surveyTitle = surveyData ? shownText(surveyData.document.title, locale, surveyData.document.languages) : '';
  const back = (
    <Link to={surveyPath(organizationId, surveyId, 'results')} className="back-link">
      ← {t('themes.back')}
    </Link>
  );

  if (!data) {
    return (
      <div className="stack-lg">
        {back}
        {themes.error ? <ErrorAlert error={themes.error} title={t('themes.loadFailed')} /> : <Loading />}
      </div>
    );
  }

  const hasThemes = data.themes.length > 0;
  return (
    <div className="stack-lg answers-page">
      {back}
      <PageHeader
        eyebrow={surveyTitle ? `${t('themes.eyebrow')} · ${surveyTitle}` : t('themes.eyebrow')}
        titleContext={organization!.name}
        title={questionText || questionKey}
        description={`${t('themes.answered', { count: data.answers })}. ${t('themes.forTeam')}`}
        actions={canEdit && <FindThemesButton set={set} hasThemes={hasThemes} isEmpty={data.answers === 0} keys={answerThemeKeys} />}
      />
      <ThemeSetAlerts set={set} data={data} total={data.answers} keys={answerThemeKeys} />
      {hasThemes && data.new_answers > 0 && (
        <Alert tone="info">
          <span className="row">
            {t('themes.new', { count: data.new_answers })}
            {canEdit && (
              <Button size="small" isBusy={isBusy} onClick={sortNew}>
                {t('themes.sortNew')}
              </Button>
            )}
          </span>
        </Alert>
      )}
      <div className="answers-layout">
        <section className="card answers-themes" aria-labelledby="themes-heading">
          <div className="card-header">
            <h2 id="themes-heading">{t('themes.title')}</h2>
          </div>
          <div className="card-body">
            {!hasThemes && !isRunning && !set.isFinding && <p className="muted">{t('themes.none')}</p>}
            <ThemeList set={set} data={data} filter={filter.theme} canEdit={canEdit} onShow={(theme) => setFilter({ q: filter.q, theme, page: 1 })} />
          </div>
        </section>
        <section className="card answers-list" aria-labelledby="answers-heading">
          <div className="card-header">
            <h2 id="answers-heading">{t('themes.answers')}</h2>
          </div>
          <div className="card-body">
            <AnswerList
              answers={answers.data}
              isLoading={answers.isLoading}
              themes={data.themes}
              hasThemes={hasThemes}
              query={filter.q}
              canEdit={canEdit}
              isBusy={isBusy}
              onSearch={(q) => setFilter({ ...filter, q, page: 1 })}
              onPage={(page) => setFilter({ ...filter, page })}
              onStar={star}
              onMove={set.move}
            />
          </div>
        </section>
      </div>
      <ReplaceThemesDialog set={set} keys={answerThemeKeys} />
    </div>
  );
}
