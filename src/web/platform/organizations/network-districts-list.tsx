import { Link } from 'react-router';
import type { NetworkDistrict } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { buttonClass } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import type { Resource } from '../../app/use-resource';

interface NetworkDistrictsListProps {
  organizationId: string;
  resource: Resource<{ districts: NetworkDistrict[] }>;
  canCreate: boolean;
}

/** A network's districts; the ones the user can open link straight to them. */
export function NetworkDistrictsList({ organizationId, resource, canCreate }: NetworkDistrictsListProps) {
  const { t, formatDate } = useI18n();
  const { organizations } = useSignedIn();
  const reachable = new Set(organizations.map((organization) => organization.id));
  const districts = resource.data?.districts ?? [];

  return (
    <section className="card" aria-labelledby="network-districts">
      <div className="card-header">
        <div>
          <h2 id="network-districts">{t('districts.title')}</h2>
          <p>{t('districts.description')}</p>
        </div>
        {canCreate && (
          <Link className={buttonClass('secondary', 'small')} to={`/o/${organizationId}/settings#districts`}>
            {t('districts.add')}
          </Link>
        )}
      </div>
      <div className="card-body is-flush">
        {resource.isLoading && <Loading />}
        {resource.error && (
          <div className="card-body">
            <ErrorAlert error={resource.error} />
          </div>
        )}
        {resource.data && districts.length === 0 && (
          <EmptyState icon="building" title={t('districts.emptyTitle')}>
            {t('districts.emptyText')}
          </EmptyState>
        )}
        {districts.length > 0 && (
          <table className="table table-stack">
            <caption className="visually-hidden">{t('districts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('districts.name')}</th>
                <th scope="col">{t('districts.added')}</th>
              </tr>
            </thead>
            <tbody>
              {districts.map((district) => (
                <tr key={district.id}>
                  <th scope="row" className="cell-primary">
                    {reachable.has(district.id) ? <Link to={`/o/${district.id}`}>{district.name}</Link> : district.name}
                  </th>
                  <td data-label={t('districts.added')} className="cell-date">{formatDate(district.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
