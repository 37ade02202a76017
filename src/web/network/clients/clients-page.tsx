import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { ClientEngagementCard } from './client-engagement-card';
import { clientsApi, type ClientEngagement } from './clients-api';
import { NewClientDialog } from './new-client-dialog';
import './clients.css';

/** A consultancy's clients: each district's scope of work and bank of hours; coaches log their hours here. */
export function ClientsPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const { user } = useSignedIn();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const engagements = useResource<{ engagements: ClientEngagement[] }>(clientsApi.ofNetwork(networkId));
  const [isAdding, setIsAdding] = useState(false);
  const list = engagements.data?.engagements ?? [];
  const replace = (next: ClientEngagement) => engagements.setData((current) => current && { engagements: current.engagements.map((entry) => (entry.id === next.id ? next : entry)) });

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('clients.title')}
        description={t('clients.description')}
        actions={
          canManage ? (
            <Button variant="primary" onClick={() => setIsAdding(true)}>
              {t('clients.add')}
            </Button>
          ) : undefined
        }
      />
      <ResourceStates resource={engagements} isEmpty={list.length === 0} errorTitle={t('clients.loadFailed')} emptyIcon="inbox" emptyTitle={t('clients.empty')} emptyText={t('clients.emptyText')}>
        <div className="clients-list">
          {list.map((engagement) => (
            <ClientEngagementCard key={engagement.id} engagement={engagement} canLog canRemoveAny={canManage} userId={user.id} onChanged={replace} />
          ))}
        </div>
      </ResourceStates>
      {canManage && (
        <NewClientDialog
          networkId={networkId}
          isOpen={isAdding}
          onClose={() => setIsAdding(false)}
          onCreated={(engagement) => {
            setIsAdding(false);
            engagements.setData((current) => ({ engagements: [...(current?.engagements ?? []), engagement] }));
          }}
        />
      )}
    </div>
  );
}
