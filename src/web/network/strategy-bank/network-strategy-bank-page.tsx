import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useConfirmedRemoval } from '../use-confirmed-removal';
import { StrategyCard } from './strategy-card';
import { StrategyFormDialog } from './strategy-form-dialog';
import { strategyBankApi, type BankStrategy } from './strategy-bank-api';
import './strategy-bank.css';

/** The network's strategy bank: what it vouches for, with evidence, and how districts fare with each. */
export function NetworkStrategyBankPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const networkId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const bank = useResource<{ strategies: BankStrategy[] }>(strategyBankApi.ofNetwork(networkId));
  const [editing, setEditing] = useState<BankStrategy | 'new' | null>(null);
  const { failure, remove: removeConfirmed } = useConfirmedRemoval(bank.reload);
  const strategies = bank.data?.strategies ?? [];
  const remove = (strategy: BankStrategy) => removeConfirmed(t('bank.removeConfirm', { title: strategy.title }), strategyBankApi.strategy(networkId, strategy.id));

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('bank.title')}
        description={t('bank.networkDescription')}
        actions={
          canManage ? (
            <Button variant="primary" onClick={() => setEditing('new')}>
              {t('bank.add')}
            </Button>
          ) : undefined
        }
      />
      {failure && <ErrorAlert error={failure} title={t('bank.form.failed')} />}
      <ResourceStates resource={bank} isEmpty={strategies.length === 0} errorTitle={t('bank.loadFailed')} emptyIcon="book" emptyTitle={t('bank.empty')} emptyText={t('bank.emptyText')}>
        <div className="bank-list">
          {strategies.map((strategy) => (
            <StrategyCard
              key={strategy.id}
              strategy={strategy}
              actions={
                canManage ? (
                  <>
                    <Button size="small" onClick={() => setEditing(strategy)}>
                      {t('bank.edit')}
                    </Button>
                    <Button size="small" variant="quiet" onClick={() => void remove(strategy)}>
                      {t('bank.remove')}
                    </Button>
                  </>
                ) : undefined
              }
            />
          ))}
        </div>
      </ResourceStates>
      {canManage && (
        <StrategyFormDialog
          networkId={networkId}
          strategy={editing === 'new' ? null : editing}
          isOpen={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void bank.reload();
          }}
        />
      )}
    </div>
  );
}
