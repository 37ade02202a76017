import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { elementPath } from '../../plan/plans/plan-views';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { overdueChains } from './coverage-model';
import { formatDay } from './measure-value';
import { MonitoringGuard } from './monitoring-guard';
import { progressApi, type Coverage, type CoverageKind } from './progress-api';
import { StatusIcon } from './status-chip';
import './progress.css';
import './coverage.css';

/**
 * Owner coverage and staleness, plainly: what nobody owns, what was never updated, which updates
 * are overdue (a chain per element), and the same counted by owner and by goal. Everything links
 * to the element in the outline, where its owner is set.
 */
export function CoverageView() {
  return (
    <MonitoringGuard>
      <CoverageReport />
    </MonitoringGuard>
  );
}

function CoverageReport() {
  const { t, locale } = useI18n();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const coverage = useResource<Coverage>(progressApi.coverage(plan.id));
  const data = coverage.data;
  const level = (kind: CoverageKind) => levelNames[kind];
  const elementLink = (key: string, kind: CoverageKind, name: string) => (
    <Link to={elementPath(organization.id, plan.id, key)}>
      {level(kind)} <span className="mono">{key}</span>: {name}
    </Link>
  );
  const chains = data ? overdueChains(data.overdue) : [];

  return (
    <div className="stack-lg coverage-view">
      <section className="card" aria-labelledby="coverage-heading">
        <div className="card-header">
          <div>
            <h2 id="coverage-heading">{t('progress.coverage.title')}</h2>
            <p>{t('progress.coverage.description', { measure: levelNames.measure, action: levelNames.action })}</p>
          </div>
        </div>
        {coverage.isLoading && !data && <Loading />}
        {coverage.error && (
          <div className="card-body">
            <PlanErrorAlert error={coverage.error} title={t('progress.coverage.loadFailed')} />
          </div>
        )}
        {data && (
          <div className="card-body stat-grid coverage-stats">
            <CoverageStat label={t('progress.coverage.unownedTitle')} count={data.unowned.length} />
            <CoverageStat label={t('progress.coverage.neverTitle')} count={data.neverUpdated.length} />
            <CoverageStat label={t('progress.coverage.overdueTitle')} count={chains.length} />
          </div>
        )}
      </section>
      {data && (
        <>
          <div className="coverage-lists">
            <CoverageList id="coverage-unowned" title={t('progress.coverage.unownedTitle')} count={data.unowned.length} emptyText={t('progress.coverage.unownedEmpty')}>
              {data.unowned.map((item) => (
                <li key={item.key}>{elementLink(item.key, item.kind, item.name)}</li>
              ))}
            </CoverageList>
            <CoverageList id="coverage-never" title={t('progress.coverage.neverTitle')} count={data.neverUpdated.length} emptyText={t('progress.coverage.neverEmpty')}>
              {data.neverUpdated.map((item) => (
                <li key={item.key}>
                  {elementLink(item.key, item.kind, item.name)}
                  <span className="cell-sub">{item.owner ? t('progress.ownedBy', { name: item.owner.name }) : t('progress.noOwner')}</span>
                </li>
              ))}
            </CoverageList>
            <CoverageList id="coverage-overdue" title={t('progress.coverage.overdueTitle')} count={chains.length} emptyText={t('progress.coverage.overdueEmpty')}>
              {chains.map((chain) => (
                <li key={chain.key}>
                  {elementLink(chain.key, chain.kind, chain.name)}
                  <span className="cell-sub">{chain.owner ? t('progress.ownedBy', { name: chain.owner.name }) : t('progress.noOwner')}</span>
                  <span className="overdue-flag">
                    <StatusIcon name="warning" size={14} />
                    {t('progress.coverage.daysOverdue', { count: chain.daysOverdue })}
                  </span>
                  <span className="cell-sub">
                    {chain.periods.length > 1 && `${t('progress.coverage.chain', { count: chain.periods.length })} `}
                    {chain.periods.map((period) => t('progress.coverage.dueFor', { period: period.periodLabel, date: formatDay(period.dueOn, locale) })).join('; ')}
                  </span>
                </li>
              ))}
            </CoverageList>
          </div>
          <ByOwnerTable coverage={data} />
          <ByGoalTable coverage={data} />
        </>
      )}
    </div>
  );
}

function CoverageStat({ label, count }: { label: string; count: number }) {
  return (
    <div className={`stat coverage-stat${count > 0 ? ' has-gaps' : ''}`}>
      <p className="stat-label">{label}</p>
      <p className="stat-value">{count}</p>
    </div>
  );
}

function CoverageList({ id, title, count, emptyText, children }: { id: string; title: string; count: number; emptyText: string; children: ReactNode }) {
  return (
    <section className="card coverage-list" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>
          {title} <span className="coverage-count">({count})</span>
        </h2>
      </div>
      {count === 0 ? (
        <p className="card-body coverage-none">
          <StatusIcon name="check" />
          <span>{emptyText}</span>
        </p>
      ) : (
        <ul className="coverage-items">{children}</ul>
      )}
    </section>
  );
}

function ByOwnerTable({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  const caption = t('progress.coverage.byOwnerTitle');
  const columns = { owned: t('progress.coverage.col.owned'), overdue: t('progress.coverage.col.overdue'), never: t('progress.coverage.col.never') };
  return (
    <section className="card" aria-labelledby="coverage-by-owner">
      <div className="card-header">
        <h2 id="coverage-by-owner">{caption}</h2>
      </div>
      {coverage.byOwner.length === 0 ? (
        <p className="card-body muted">{t('progress.coverage.byOwnerEmpty')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="table table-stack">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.coverage.col.owner')}</th>
                <th scope="col" className="cell-count">{columns.owned}</th>
                <th scope="col" className="cell-count">{columns.overdue}</th>
                <th scope="col" className="cell-count">{columns.never}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.byOwner.map((owner) => (
                <tr key={owner.userId}>
                  <th scope="row" className="cell-primary">{owner.name}</th>
                  <td data-label={columns.owned} className="cell-count">{owner.owned}</td>
                  <td data-label={columns.overdue} className={`cell-count${owner.overdue > 0 ? ' has-gaps' : ''}`}>{owner.overdue}</td>
                  <td data-label={columns.never} className={`cell-count${owner.neverUpdated > 0 ? ' has-gaps' : ''}`}>{owner.neverUpdated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function ByGoalTable({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const caption = t('progress.coverage.byGoalTitle', { goal: levelNames.goal });
  const columns = { owned: t('progress.coverage.col.owned'), unowned: t('progress.coverage.col.unowned'), overdue: t('progress.coverage.col.overdue'), never: t('progress.coverage.col.never') };
  return (
    <section className="card" aria-labelledby="coverage-by-goal">
      <div className="card-header">
        <h2 id="coverage-by-goal">{caption}</h2>
      </div>
      <ScrollRegion label={caption}>
        <table className="table table-stack">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{levelNames.goal}</th>
              <th scope="col" className="cell-count">{columns.owned}</th>
              <th scope="col" className="cell-count">{columns.unowned}</th>
              <th scope="col" className="cell-count">{columns.overdue}</th>
              <th scope="col" className="cell-count">{columns.never}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.byGoal.map((goal) => (
              <tr key={goal.goalKey}>
                <th scope="row" className="cell-primary">
                  <Link to={elementPath(organization.id, plan.id, goal.goalKey)}>
                    <span className="mono">{goal.goalKey}</span>: {goal.title}
                  </Link>
                </th>
                <td data-label={columns.owned} className="cell-count">{goal.owned}</td>
                <td data-label={columns.unowned} className={`cell-count${goal.unowned > 0 ? ' has-gaps' : ''}`}>{goal.unowned}</td>
                <td data-label={columns.overdue} className={`cell-count${goal.overdue > 0 ? ' has-gaps' : ''}`}>{goal.overdue}</td>
                <td data-label={columns.never} className={`cell-count${goal.neverUpdated > 0 ? ' has-gaps' : ''}`}>{goal.neverUpdated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
