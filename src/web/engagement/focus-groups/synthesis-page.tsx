import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { Codebook } from './codebook';
import { focusGroupPaths, focusGroupsApi, type SynthesisResponse, type Theme } from './focus-groups-api';
import { EngagementTabs } from './focus-group-words';
import { SynthesisTable } from './synthesis-table';
import './focus-groups.css';

/** The cycle's codebook and the synthesis table: which focus groups raised each theme, with their words; downloadable as CSV. */
export function SynthesisPage() {
  const { cycleId } = useParams() as { cycleId: string };
  const { t, locale } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const themes = useResource<{ themes: Theme[] }>(focusGroupsApi.themes(cycleId));
  const synthesis = useResource<SynthesisResponse>(focusGroupsApi.synthesis(cycleId));

  return (
    <div className="stack-lg">
      <EngagementTabs organizationId={organizationId} />
      <Link className="back-link" to={focusGroupPaths.list(organizationId, cycleId)}>
        ← {t('notes.back')}
      </Link>
      <PageHeader
        eyebrow={t('focusGroups.title')}
        titleContext={organization!.name}
        title={t('synthesis.title')}
        description={t('synthesis.description')}
        actions={
          <a className="button button-secondary" href={focusGroupsApi.synthesisCsv(cycleId, locale)} download>
            <Icon name="copy" size={16} />
            {t('synthesis.download')}
          </a>
        }
      />
      <section className="card" aria-labelledby="synthesis-heading">
        <div className="card-header">
          <h2 id="synthesis-heading">{t('synthesis.table')}</h2>
          <p className="muted">{t('synthesis.tableHint')}</p>
        </div>
        {synthesis.error && (
          <div className="card-body">
            <ErrorAlert error={synthesis.error} title={t('synthesis.loadFailed')} />
          </div>
        )}
        {!synthesis.data && synthesis.isLoading && <Loading />}
        {synthesis.data && synthesis.data.columns.length === 0 && <EmptyState icon="people" title={t('synthesis.noGroups')} />}
        {synthesis.data && synthesis.data.columns.length > 0 && synthesis.data.rows.length === 0 && <EmptyState icon="book" title={t('synthesis.noThemes')} />}
        {synthesis.data && synthesis.data.columns.length > 0 && synthesis.data.rows.length > 0 && <SynthesisTable synthesis={synthesis.data} />}
      </section>
      <Codebook cycleId={cycleId} themes={themes} canEdit={canEdit} onChanged={() => void synthesis.reload()} />
    </div>
  );
}
