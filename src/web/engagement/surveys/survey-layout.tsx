import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { SurveyDetail } from '../api-types';
import type { SurveyContext } from './survey-context';
import { modeLabel, StatusBadge } from './survey-words';
import { engagementPath, shownText, surveyPath, surveysApi } from './surveys-api';
import './surveys.css';

const sections: ReadonlyArray<{ segment: string; label: MessageKey }> = [
  { segment: '', label: 'survey.tab.build' },
  { segment: 'translations', label: 'survey.tab.translations' },
  { segment: 'preview', label: 'survey.tab.preview' },
  { segment: 'share', label: 'survey.tab.share' },
  { segment: 'results', label: 'survey.tab.results' },
  { segment: 'representation', label: 'survey.tab.representation' },
  { segment: 'compare', label: 'survey.tab.compare' },
];

/** One survey: its title, status and mode in sight on every tab, the tabs, and the tab chosen in the URL. */
export function SurveyLayout() {
  const { t, locale } = useI18n();
  const { surveyId = '' } = useParams();
  const location = useLocation();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const survey = useResource<SurveyDetail>(surveysApi.survey(surveyId));
  const base = surveyPath(organizationId, surveyId);
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/^\//, '') : '';
  const section = sections.find((s) => s.segment === rest.split('/')[0]) ?? (rest === 'paper' ? { segment: 'paper', label: 'paper.title' as MessageKey } : sections[0]!);

  useEffect(() => {
    document.querySelector('.survey-sections .section-nav-link[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [section.segment, survey.data !== null]);

  const back = (
    <Link to={engagementPath(organizationId)} className="back-link">
      ← {t('surveys.title')}
    </Link>
  );
  if (!survey.data) {
    return (
      <div className="stack-lg">
        {back}
        {survey.error ? <ErrorAlert error={survey.error} title={t('survey.loadFailed')} /> : <Loading />}
      </div>
    );
  }
  const data = survey.data;
  const title = shownText(data.document.title, locale, data.document.languages) || t('survey.untitled');
  const context: SurveyContext = {
    organizationId,
    survey: data,
    setSurvey: (next) => survey.setData(next),
    reload: survey.reload,
    canEdit: hasPermission(organization, 'engagement.edit'),
    canManage: hasPermission(organization, 'engagement.manage'),
  };

  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        eyebrow={t('survey.eyebrow')}
        titleContext={`${t(section.label)} · ${organization!.name}`}
        title={title}
        description={
          <span className="survey-facts">
            <StatusBadge status={data.status} /> <span>{t(modeLabel(data.document.mode))}</span>
            <span>{t('survey.responses', { count: data.responses })}</span>
          </span>
        }
      />
      <nav className="section-nav survey-sections" aria-label={t('survey.tab.label')}>
        <ul>
          {sections.map((s) => (
            <li key={s.segment}>
              <NavLink to={surveyPath(organizationId, surveyId, s.segment)} end={s.segment === ''} className="section-nav-link">
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </div>
  );
}
