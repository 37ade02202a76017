import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { SurveySummary } from '../api-types';
import { NewSurveyDialog } from './new-survey-dialog';
import { modeLabel, StatusBadge, useLanguageName } from './survey-words';
import { engagementPath, shownText, surveyPath, surveysApi } from './surveys-api';
import './surveys.css';

/** The district's surveys, newest first: status, mode, languages, responses and dates; planners start a new one. */
export function SurveysListPage() {
  const { t, locale, formatDate } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const canManage = hasPermission(organization, 'engagement.manage');
  const surveys = useResource<{ surveys: SurveySummary[] }>(surveysApi.list(organizationId));
  const [isCreating, setIsCreating] = useState(false);
  const languageName = useLanguageName();
  const list = [...(surveys.data?.surveys ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));

  const dates = (survey: SurveySummary) => {
    if (survey.opens_at && survey.closes_at) return t('surveys.datesRange', { start: formatDate(survey.opens_at), end: formatDate(survey.closes_at) });
    if (survey.closes_at) return t('surveys.datesUntil', { end: formatDate(survey.closes_at) });
    if (survey.opens_at) return t('surveys.datesFrom', { start: formatDate(survey.opens_at) });
    return t('surveys.datesNone');
  };

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('surveys.title')}
        description={t('surveys.description')}
        actions={
          <>
            {canManage && (
              <Link className="button button-secondary" to={`${engagementPath(organizationId)}/settings`}>
                <Icon name="settings" size={16} />
                {t('engagementSettings.link')}
              </Link>
            )}
            {canEdit && (
              <Button variant="primary" onClick={() => setIsCreating(true)}>
                <Icon name="plus" size={16} />
                {t('surveys.new')}
              </Button>
            )}
          </>
        }
      />
      <section className="card" aria-labelledby="surveys-heading">
        <div className="card-header">
          <h2 id="surveys-heading">{t('surveys.listTitle')}</h2>
        </div>
        <ResourceStates resource={surveys} isEmpty={list.length === 0} errorTitle={t('surveys.loadFailed')} emptyIcon="inbox" emptyTitle={t('surveys.empty')} emptyText={canEdit ? t('surveys.emptyEdit') : undefined}>
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.column.title')}</th>
                  <th scope="col">{t('surveys.column.status')}</th>
                  <th scope="col">{t('surveys.column.mode')}</th>
                  <th scope="col">{t('surveys.column.languages')}</th>
                  <th scope="col">{t('surveys.column.responses')}</th>
                  <th scope="col">{t('surveys.column.dates')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((survey) => (
                  <tr key={survey.id}>
                    <td className="cell-primary">
                      <Link to={surveyPath(organizationId, survey.id, survey.status === 'draft' ? '' : 'results')}>{shownText(survey.title, locale, survey.languages)}</Link>
                    </td>
                    <td data-label={t('surveys.column.status')}>
                      <StatusBadge status={survey.status} />
                    </td>
                    <td data-label={t('surveys.column.mode')}>{t(modeLabel(survey.mode))}</td>
                    <td data-label={t('surveys.column.languages')}>{survey.languages.map(languageName).join(', ')}</td>
                    <td data-label={t('surveys.column.responses')}>{new Intl.NumberFormat(locale).format(survey.responses)}</td>
                    <td data-label={t('surveys.column.dates')} className="cell-date">
                      {dates(survey)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canEdit && <NewSurveyDialog isOpen={isCreating} districtId={organizationId} onClose={() => setIsCreating(false)} />}
    </div>
  );
}
