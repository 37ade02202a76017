import type { BudgetCell, CurrencyBudget, PlanBudget } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { EmptyState } from '../../app/ui/empty-state';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { planApi } from '../plans/plan-api';
import { formatNumber } from '../plans/plan-format-text';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { CostTable, useMoney } from './cost-table';
import { ScrollRegion } from '../plans/scroll-region';

/**
 * What the plan costs: per currency a fund-by-fiscal-year matrix with totals (amounts in different
 * currencies are never added), then the cost of each goal and strategy, staff time included.
 */
export function BudgetView() {
  const { t, locale } = useI18n();
  const { plan, levelNames } = usePlanWorkspace();
  const budget = useResource<PlanBudget>(planApi.budget(plan.id));
  const money = useMoney();
  const data = budget.data;
  const hasLines = (data?.total.lines ?? 0) > 0;

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="budget-heading">
        <div className="card-header">
          <div>
            <h2 id="budget-heading">{t('budget.title')}</h2>
            <p>{t('budget.description', { strategy: levelNames.strategy })}</p>
          </div>
        </div>
        {budget.isLoading && !data && <Loading />}
        {budget.error && (
          <div className="card-body">
            <PlanErrorAlert error={budget.error} title={t('budget.loadFailed')} />
          </div>
        )}
        {data && !hasLines && (
          <EmptyState icon="info" title={t('budget.emptyTitle')}>
            {t('budget.emptyText', { strategy: levelNames.strategy })}
          </EmptyState>
        )}
        {data && hasLines && (
          <>
            <div className="card-body stat-grid budget-stats">
              <Stat label={t('budget.total')} value={money(data.total.amounts, data.mainCurrency)} />
              <Stat label={t('budget.fte')} value={formatNumber(data.total.fte, locale)} />
              <Stat label={t('budget.hours')} value={formatNumber(data.total.hours, locale)} />
            </div>
            {(data.total.notSetLines > 0 || data.assumedCurrencyLines > 0) && (
              <ul className="card-body budget-note">
                {data.total.notSetLines > 0 && <li>{t('budget.unsetLines', { count: data.total.notSetLines })}</li>}
                {data.assumedCurrencyLines > 0 && <li>{t('budget.assumedCurrency', { count: data.assumedCurrencyLines, currency: data.mainCurrency ?? '' })}</li>}
              </ul>
            )}
            {data.currencies.map((matrix) => (
              <FundYearMatrix key={matrix.currency ?? 'none'} matrix={matrix} isOnlyCurrency={data.currencies.length === 1} />
            ))}
          </>
        )}
      </section>
      {data && hasLines && (
        <>
          <section className="card" aria-labelledby="budget-goals-heading">
            <div className="card-header">
              <h2 id="budget-goals-heading">{t('budget.perLevel', { level: levelNames.goal })}</h2>
            </div>
            <CostTable caption={t('budget.perLevel', { level: levelNames.goal })} mainCurrency={data.mainCurrency} rows={data.goals.map((goal) => ({ key: goal.goalKey, title: goal.goalTitle, cost: goal }))} />
          </section>
          <section className="card" aria-labelledby="budget-strategies-heading">
            <div className="card-header">
              <h2 id="budget-strategies-heading">{t('budget.perLevel', { level: levelNames.strategy })}</h2>
            </div>
            <CostTable
              caption={t('budget.perLevel', { level: levelNames.strategy })}
              mainCurrency={data.mainCurrency}
              rows={data.strategies.filter((strategy) => strategy.lines > 0).map((strategy) => ({ key: strategy.strategyKey, title: strategy.strategyTitle, cost: strategy }))}
            />
          </section>
        </>
      )}
    </div>
  );
}

/** One currency's matrix: funds as rows, fiscal years as columns, totals on both edges. */
function FundYearMatrix({ matrix, isOnlyCurrency }: { matrix: CurrencyBudget; isOnlyCurrency: boolean }) {
  const { t } = useI18n();
  const money = useMoney();
  const cellText = (cell: BudgetCell | undefined) => {
    if (!cell || cell.lines === 0) return <span className="muted">—</span>;
    if (cell.amount === null) return <span className="muted">{t('budget.notSet')}</span>;
    return money([{ currency: matrix.currency, amount: cell.amount }], matrix.currency);
  };
  const caption = isOnlyCurrency ? t('budget.matrixCaption') : t('budget.matrixCaptionCurrency', { currency: matrix.currency ?? t('budget.noCurrency') });
  return (
    <ScrollRegion label={caption}>
      <table className="table numeric-table">
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.fund')}</th>
            {matrix.fiscalYears.map((year) => (
              <th scope="col" key={year} className="cell-number">
                {year}
              </th>
            ))}
            <th scope="col" className="cell-number">
              {t('budget.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.funds.map((fund, row) => (
            <tr key={fund ?? ''}>
              <th scope="row">{fund ?? t('budget.noFund')}</th>
              {matrix.fiscalYears.map((year, column) => (
                <td key={year} className="cell-number">
                  {cellText(matrix.cells[row]?.[column])}
                </td>
              ))}
              <td className="cell-number cell-total">{cellText(matrix.fundTotals[row])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.total')}</th>
            {matrix.fiscalYears.map((year, column) => (
              <td key={year} className="cell-number cell-total">
                {cellText(matrix.fiscalYearTotals[column])}
              </td>
            ))}
            <td className="cell-number cell-total">{cellText(matrix.total)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat budget-stat">
      <p className="stat-label">{label}</p>
      <p className="stat-value">{value}</p>
    </div>
  );
}

