import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cohortsApi, type Provider } from '../cohorts/cohorts-api';
import { AddProviderDialog } from './add-provider-dialog';

/**
 * The technical-assistance providers the network has vetted: organisations with their own people.
 * The network matches them to districts on a cohort's Districts tab; each provider's lead adds its
 * coaches and assigns them to the districts matched to it.
 */
export function ProvidersPage() {
  const { t, formatDate } = useI18n();
  const { organization } = useOrganizationInUrl();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const providers = useResource<{ providers: Provider[] }>(cohortsApi.providers(networkId));
  const [isAdding, setIsAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const list = [...(providers.data?.providers ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('providers.title')}
        description={t('providers.description')}
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setIsAdding(true)}>
              <Icon name="plus" size={16} />
              {t('providers.add')}
            </Button>
          )
        }
      />
      {added && (
        <Alert tone="success" onDismiss={() => setAdded(null)}>
          {added}
        </Alert>
      )}
      <section className="card" aria-labelledby="providers-heading">
        <div className="card-header">
          <h2 id="providers-heading">{t('providers.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={providers}
          isEmpty={list.length === 0}
          errorTitle={t('providers.loadFailed')}
          emptyIcon="building"
          emptyTitle={t('providers.emptyTitle')}
          emptyText={t(canManage ? 'providers.emptyTextManage' : 'providers.emptyTextRead')}
        >
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('providers.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('providers.column.name')}</th>
                  <th scope="col">{t('providers.column.services')}</th>
                  <th scope="col">{t('providers.column.districts')}</th>
                  <th scope="col">{t('providers.column.added')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((provider) => (
                  <tr key={provider.id}>
                    <th scope="row" className="cell-primary">
                      {provider.name}
                    </th>
                    <td data-label={t('providers.column.services')} className="cell-wrap">
                      {provider.services || <span className="muted">{t('providers.noServices')}</span>}
                    </td>
                    <td data-label={t('providers.column.districts')}>{t('providers.districtCount', { count: provider.districtCount })}</td>
                    <td data-label={t('providers.column.added')} className="cell-date">
                      {formatDate(provider.addedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canManage && (
        <AddProviderDialog
          isOpen={isAdding}
          networkId={networkId}
          onClose={() => setIsAdding(false)}
          onAdded={(provider, leadEmail) => {
            setIsAdding(false);
            setAdded(t('providers.added', { name: provider.name, email: leadEmail }));
            providers.setData((current) => current && { providers: [...current.providers, provider] });
          }}
        />
      )}
    </div>
  );
}
