import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { SelectField } from '../../app/ui/field';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { planPath } from '../../plan/plans/plan-views';
import { AdoptStrategyDialog } from './adopt-strategy-dialog';
import { StrategyCard } from './strategy-card';
import { strategyBankApi, type BankStrategy, type StrategyAdoption } from './strategy-bank-api';
import './strategy-bank.css';

/**
 * The district's view of its network's strategy bank: filter by evidence tier and by problem, read
 * how other districts fare (named only with their consent), and adopt one into a plan.
 */
export function DistrictStrategyBankPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canAdopt = hasPermission(organization, 'plans.edit');
  const bank = useResource<{ strategies: BankStrategy[] }>(strategyBankApi.ofDistrict(districtId));
  const [tier, setTier] = useState('');
  const [problem, setProblem] = useState('');
  const [adopting, setAdopting] = useState<BankStrategy | null>(null);
  const [adopted, setAdopted] = useState<{ title: string; adoption: StrategyAdoption } | null>(null);
  const strategies = bank.data?.strategies ?? [];
  const problems = useMemo(() => [...new Set(strategies.flatMap((strategy) => strategy.problems))].sort((a, b) => a.localeCompare(b)), [strategies]);
  const shown = strategies.filter((strategy) => (!tier || strategy.essaTier === Number(tier)) && (!problem || strategy.problems.includes(problem)));
  const networkName = strategies[0]?.networkName;

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('bank.title')} description={networkName ? t('bank.districtDescription', { network: networkName }) : undefined} />
      {adopted && (
        <Alert tone="success" title={t('bank.adopt.done', { title: adopted.title, key: adopted.adoption.elementKey })}>
          <Link to={planPath(districtId, adopted.adoption.planId)}>{t('bank.adopt.open')}</Link>
        </Alert>
      )}
      <ResourceStates resource={bank} isEmpty={strategies.length === 0} errorTitle={t('bank.loadFailed')} emptyIcon="book" emptyTitle={t('bank.empty')} emptyText={organization!.networkId ? '' : t('bank.noNetwork')}>
        <div className="stack">
          <div className="bank-filters">
            <SelectField name="tier" label={t('bank.filterTier')} value={tier} options={[{ value: '', label: t('bank.filterAll') }, ...[1, 2, 3, 4].map((value) => ({ value: String(value), label: t(`bank.tier.${value}` as 'bank.tier.1') }))]} onChange={(event) => setTier(event.target.value)} />
            {problems.length > 0 && (
              <SelectField name="problem" label={t('bank.filterProblem')} value={problem} options={[{ value: '', label: t('bank.filterAllProblems') }, ...problems.map((value) => ({ value, label: value }))]} onChange={(event) => setProblem(event.target.value)} />
            )}
          </div>
          {shown.length === 0 && <p className="muted">{t('bank.noMatch')}</p>}
          <div className="bank-list">
            {shown.map((strategy) => (
              <StrategyCard
                key={strategy.id}
                strategy={strategy}
                actions={
                  canAdopt ? (
                    <Button variant="primary" size="small" onClick={() => setAdopting(strategy)}>
                      {t('bank.adopt')}
                    </Button>
                  ) : undefined
                }
              />
            ))}
          </div>
        </div>
      </ResourceStates>
      {canAdopt && (
        <AdoptStrategyDialog
          districtId={districtId}
          strategy={adopting}
          onClose={() => setAdopting(null)}
          onAdopted={(adoption) => {
            setAdopted({ title: adopting!.title, adoption });
            setAdopting(null);
            void bank.reload();
          }}
        />
      )}
    </div>
  );
}
