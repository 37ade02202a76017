import { Link } from 'react-router';
import type { SessionOrganization } from '../../app/api-types';
import type { NetworkDistrict, Organization, School } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { areaPath, useOrganizationAreas, type AreaLink } from '../../app/layout/navigation-items';
import { hasPermission, useSignedIn } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { roleTone, useRoleLabel } from '../../app/role-labels';
import { NetworkDistrictsList } from './network-districts-list';
import { DemoLoginsSection } from './demo-logins-section';
import { DistrictStanding } from './district-standing';
import './overview.css';

/**
 * The organization at a glance: for a district what to do next and where things stand (and in the
 * demo, whom to try it as), then the user's place in it and the way to each area.
 */
export function OverviewPage() {
  const { t, formatDate } = useI18n();
  const roleLabel = useRoleLabel();
  const { organization: current } = useOrganizationInUrl();
  const organization = current!;
  const { organizations } = useSignedIn();
  const details = useResource<Organization>(`/api/organizations/${organization.id}`);
  const schools = useResource<{ schools: School[] }>(`/api/organizations/${organization.id}/schools`);
  const isNetwork = organization.kind === 'network';
  const districts = useResource<{ districts: NetworkDistrict[] }>(isNetwork ? `/api/organizations/${organization.id}/districts` : null);
  const network = organizations.find((candidate) => candidate.id === organization.networkId);
  const tiles = useOrganizationAreas()(organization).filter((area) => area.segment !== '');
  const tileText = (area: AreaLink) => {
    const key = area.segment === 'settings' && isNetwork ? 'overview.tile.settingsNetwork' : area.description;
    return key ? t(key) : '';
  };

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={isNetwork ? t('organization.kind.network') : t('organization.kind.district')}
        title={organization.name}
        description={isNetwork ? t('overview.networkDescription') : t('overview.districtDescription')}
      />
      {details.error && <ErrorAlert error={details.error} title={t('overview.loadFailed')} />}
      {!isNetwork && <DistrictStanding organization={organization} />}
      <DemoLoginsSection organization={organization} />

      <div className="stat-grid">
        <div className="card stat">
          <p className="stat-label">{t('overview.yourRole')}</p>
          <p className="stat-value" style={{ fontSize: 'var(--text-lg)', marginTop: 'var(--space-2)' }}>
            <Badge tone={roleTone[organization.role]}>{roleLabel(organization.role)}</Badge>
          </p>
          {organization.source === 'network' && <p className="muted" style={{ fontSize: 'var(--text-xs)', marginTop: 'var(--space-2)' }}>{t('overview.throughNetwork')}</p>}
        </div>
        {isNetwork ? (
          <Stat label={t('overview.districts')} value={districts.data?.districts.length} />
        ) : (
          <Stat label={t('overview.schools')} value={schools.data?.schools.length} />
        )}
        <Stat label={t('overview.since')} value={details.data ? formatDate(details.data.createdAt) : undefined} />
      </div>

      {tiles.length > 0 && (
        <section aria-labelledby="overview-areas">
          <h2 id="overview-areas" className="section-title">
            {t('overview.areas')}
          </h2>
          <div className="tile-grid">
            {tiles.map((area) => (
              <Link key={area.segment} className="tile" to={areaPath(organization.id, area.segment)}>
                <span className="tile-icon">
                  <Icon name={area.icon} size={20} />
                </span>
                <span className="tile-title">{t(area.label)}</span>
                <span className="tile-text">{tileText(area)}</span>
              </Link>
            ))}
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="overview-details">
        <div className="card-header">
          <h2 id="overview-details">{t('overview.details')}</h2>
        </div>
        <div className="card-body">
          <dl className="details-list">
            <dt>{t('overview.name')}</dt>
            <dd>{details.data?.name ?? organization.name}</dd>
            <dt>{t('overview.kind')}</dt>
            <dd>{isNetwork ? t('organization.kind.network') : t('organization.kind.district')}</dd>
            <dt>{t('overview.address')}</dt>
            <dd className="mono">{organization.slug}</dd>
            {network && <NetworkLine network={network} />}
          </dl>
        </div>
      </section>

      {isNetwork && <NetworkDistrictsList resource={districts} canCreate={hasPermission(organization, 'districts.create')} organizationId={organization.id} />}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string | number | undefined }) {
  return (
    <div className="card stat">
      <p className="stat-label">{label}</p>
      <p className="stat-value">{value ?? '…'}</p>
    </div>
  );
}

function NetworkLine({ network }: { network: SessionOrganization }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t('overview.partOfNetwork')}</dt>
      <dd>
        <Link to={`/o/${network.id}`}>{network.name}</Link>
      </dd>
    </>
  );
}
