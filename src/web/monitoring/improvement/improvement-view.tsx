import { useSearchParams } from 'react-router';
import { withQuery } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { hasPermission, useSignedIn } from '../../app/session';
import { SelectField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { LevelNames } from '../../plan/plans/level-names';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { DataWiseTrackerCard } from './data-wise-tracker';
import { improvementApi, pdsaChains, type ImprovementOverview, type ImprovementStrategy, type PdsaCycle } from './improvement-api';
import { NewPdsaForm } from './new-pdsa-form';
import { NewTrackerForm } from './new-tracker-form';
import { PdsaCycleCard } from './pdsa-cycle-card';
import './improvement.css';

/**
 * The plan's improvement work, strategy by strategy: PDSA cycles on the strategy and its actions
 * (each line of cycles in order, the next one linked to the last), and the Data Wise improvement
 * cycles teams run on it. `?strategy=KEY` shows one strategy's history.
 */
export function ImprovementView() {
  const t = useT();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const [search, setSearch] = useSearchParams();
  const strategyKey = search.get('strategy') ?? '';
  const overview = useResource<ImprovementOverview>(withQuery(improvementApi.overview(plan.id), { strategyKey }));
  const all = useResource<ImprovementOverview>(strategyKey ? improvementApi.overview(plan.id) : null);
  const canUpdate = hasPermission(organization, 'monitoring.update');
  const canManage = hasPermission(organization, 'monitoring.manage');
  const data = overview.data;
  const choices = (strategyKey ? all.data : data)?.strategies ?? [];
  const reload = () => overview.reload();

  const known = new Set(data?.strategies.flatMap((s) => [s.key, ...s.actions.map((a) => a.key)]) ?? []);
  const orphans = strategyKey ? [] : (data?.pdsaCycles.filter((c) => !known.has(c.elementKey)) ?? []);

  return (
    <section className="card" aria-labelledby="improvement-heading">
      <div className="card-header">
        <div>
          <h2 id="improvement-heading">{t('improvement.title')}</h2>
          <p>{t('improvement.intro')}</p>
        </div>
      </div>
      <div className="card-body stack">
        <SelectField
          name="strategy"
          label={t('improvement.showStrategy', { level: levelNames.strategy })}
          value={strategyKey}
          onChange={(event) => setSearch(event.target.value ? { strategy: event.target.value } : {}, { replace: true })}
          options={[{ value: '', label: t('improvement.allStrategies') }, ...choices.map((s) => ({ value: s.key, label: `${s.key}: ${s.title}` }))]}
          className="improvement-filter"
        />
      </div>
      <ResourceStates resource={overview} isEmpty={Boolean(data && data.strategies.length === 0 && orphans.length === 0)} errorTitle={t('improvement.loadFailed')} emptyIcon="inbox" emptyTitle={t('improvement.noStrategies', { level: levelNames.strategy })}>
        {data && (
          <div className="card-body stack-lg">
            {data.strategies.map((strategy) => (
              <StrategyImprovement key={strategy.key} strategy={strategy} data={data} levelNames={levelNames} canUpdate={canUpdate} canManage={canManage} onChanged={reload} />
            ))}
            {orphans.length > 0 && (
              <section className="improvement-strategy" aria-labelledby="improvement-orphans">
                <h3 id="improvement-orphans">{t('improvement.orphans')}</h3>
                <p className="muted">{t('improvement.orphansText')}</p>
                {pdsaChains(orphans).map((chain) => (
                  <ol key={chain[0]!.id} className="pdsa-chain">
                    {chain.map((cycle) => (
                      <li key={cycle.id}>
                        <PdsaCycleCard cycle={cycle} elementLabel={cycle.elementKey} canUpdate={canUpdate} canManage={canManage} onChanged={reload} />
                      </li>
                    ))}
                  </ol>
                ))}
              </section>
            )}
          </div>
        )}
      </ResourceStates>
    </section>
  );
}

interface StrategyProps {
  strategy: ImprovementStrategy;
  data: ImprovementOverview;
  levelNames: LevelNames;
  canUpdate: boolean;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

function StrategyImprovement({ strategy, data, levelNames, canUpdate, canManage, onChanged }: StrategyProps) {
  const t = useT();
  const userId = useSignedIn().user.id;
  const keys = new Set([strategy.key, ...strategy.actions.map((a) => a.key)]);
  const cycles = data.pdsaCycles.filter((c) => keys.has(c.elementKey));
  const trackers = data.dataWiseTrackers.filter((d) => d.strategyKey === strategy.key);
  const headingId = `improvement-${strategy.key}`;
  const labelOf = (cycle: PdsaCycle) => {
    if (cycle.elementKey === strategy.key) return `${levelNames.strategy} ${strategy.key}`;
    const action = strategy.actions.find((a) => a.key === cycle.elementKey);
    return `${levelNames.action} ${cycle.elementKey}${action ? `: ${action.title}` : ''}`;
  };

  return (
    <section className="improvement-strategy" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {levelNames.strategy} {strategy.key}: {strategy.title}
      </h3>
      {strategy.goalTitle && <p className="muted">{t('improvement.underGoal', { level: levelNames.goal, title: strategy.goalTitle })}</p>}

      <h4>{t('pdsa.heading')}</h4>
      {cycles.length === 0 ? (
        <p className="muted">{t('pdsa.none')}</p>
      ) : (
        pdsaChains(cycles).map((chain) => (
          <ol key={chain[0]!.id} className="pdsa-chain" aria-label={t('pdsa.chainLabel', { idea: chain[0]!.changeIdea })}>
            {chain.map((cycle) => (
              <li key={cycle.id}>
                <PdsaCycleCard cycle={cycle} elementLabel={labelOf(cycle)} canUpdate={canUpdate} canManage={canManage} onChanged={onChanged} />
              </li>
            ))}
          </ol>
        ))
      )}
      {canUpdate && <NewPdsaForm planId={data.planId} strategy={strategy} levelNames={levelNames} onCreated={onChanged} />}

      <h4>{t('dataWise.heading')}</h4>
      {trackers.length === 0 ? (
        <p className="muted">{t('dataWise.none')}</p>
      ) : (
        trackers.map((tracker) => (
          // A tracker is changed by the person who started it, or by someone who manages monitoring (the server holds the same rule).
          <DataWiseTrackerCard key={tracker.id} tracker={tracker} canUpdate={canManage || (canUpdate && tracker.createdById === userId)} canManage={canManage} onChanged={onChanged} />
        ))
      )}
      {canUpdate && <NewTrackerForm planId={data.planId} strategy={strategy} onCreated={onChanged} />}
    </section>
  );
}
