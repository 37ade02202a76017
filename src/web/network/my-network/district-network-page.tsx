import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { EmptyState } from '../../app/ui/empty-state';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { CohortMembership } from './cohort-membership';
import { DistrictCohortSpace } from '../learning/district-cohort-space';
import { DistrictEngagements } from '../clients/district-engagements';
import { myNetworkApi, type DistrictNetwork } from './my-network-api';
import '../cohorts/cohorts.css';
import './my-network.css';

/**
 * What a district sees of its network: the cohorts it is invited to or runs in (with enrolment for
 * an invitation, and the shared calendar ahead), its provider, and its coaches with what each does.
 * Everyone in the district reads it; administrators give the documents and enrol.
 */
export function DistrictNetworkPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canManage = hasPermission(organization, 'organization.manage');
  const network = useResource<DistrictNetwork>(myNetworkApi.network(districtId));
  const data = network.data;

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('myNetwork.title')} description={t('myNetwork.description')} />
      <ResourceStates resource={network} isEmpty={false} errorTitle={t('myNetwork.loadFailed')} emptyIcon="people" emptyTitle="">
        {data && (
          <>
            <section className="stack-lg" aria-labelledby="my-cohorts-heading">
              <h2 id="my-cohorts-heading" className="section-title">
                {t('myNetwork.cohorts')}
              </h2>
              {data.cohorts.length === 0 ? (
                <div className="card">
                  <EmptyState icon="people" title={t('myNetwork.noCohorts')}>
                    {t('myNetwork.noCohortsText')}
                  </EmptyState>
                </div>
              ) : (
                data.cohorts.map((cohort) => (
                  <div key={cohort.cohortId} className="stack-lg">
                    <CohortMembership districtId={districtId} districtName={organization!.name} cohort={cohort} canManage={canManage} onChanged={() => void network.reload()} />
                    <DistrictCohortSpace districtId={districtId} cohort={cohort} />
                  </div>
                ))
              )}
            </section>
            <SupportSection data={data} />
            <DistrictEngagements districtId={districtId} />
          </>
        )}
      </ResourceStates>
    </div>
  );
}

/** Who supports the district: its provider (per network) and each coach with what they do. */
function SupportSection({ data }: { data: DistrictNetwork }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="my-support-heading">
      <div className="card-header">
        <div>
          <h2 id="my-support-heading">{t('myNetwork.support')}</h2>
          <p>{t('myNetwork.supportIntro')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {data.providers.length === 0 ? (
          <p className="muted">{t('myNetwork.noProvider')}</p>
        ) : (
          <ul className="my-network-providers">
            {data.providers.map((provider) => (
              <li key={`${provider.networkName}-${provider.providerName}`}>{t('myNetwork.providerOf', { provider: provider.providerName, network: provider.networkName })}</li>
            ))}
          </ul>
        )}
      </div>
      {data.coaches.length === 0 ? (
        <div className="card-body">
          <p className="muted">{t('myNetwork.noCoaches')}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack">
            <caption className="visually-hidden">{t('myNetwork.coaches')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myNetwork.column.coach')}</th>
                <th scope="col">{t('myNetwork.column.organization')}</th>
                <th scope="col">{t('myNetwork.column.responsibility')}</th>
                <th scope="col">{t('myNetwork.column.email')}</th>
              </tr>
            </thead>
            <tbody>
              {data.coaches.map((coach) => (
                <tr key={`${coach.userId}-${coach.organizationName}`}>
                  <th scope="row" className="cell-primary">
                    {coach.name}
                  </th>
                  <td data-label={t('myNetwork.column.organization')}>{coach.organizationName}</td>
                  <td data-label={t('myNetwork.column.responsibility')} className="cell-wrap">
                    {coach.responsibility ?? <span className="muted">{t('myNetwork.noResponsibility')}</span>}
                  </td>
                  <td data-label={t('myNetwork.column.email')}>
                    <a href={`mailto:${coach.email}`}>{coach.email}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
