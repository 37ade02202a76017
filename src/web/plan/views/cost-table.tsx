import { Link } from 'react-router';
import type { CostSummary } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { formatMoney, formatNumber } from '../plans/plan-format-text';
import { elementPath } from '../plans/plan-views';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ScrollRegion } from '../plans/scroll-region';

/** Amounts in several currencies side by side ("$1,200 + €300"); a line with no currency uses the plan's main one. */
export function useMoney() {
  const { t, locale } = useI18n();
  return (amounts: CostSummary['amounts'], mainCurrency: string | null): string => {
    if (amounts.length === 0) return t('budget.notSet');
    return amounts.map((money) => (money.currency ?? mainCurrency ? formatMoney(money.amount, (money.currency ?? mainCurrency)!, locale) : formatNumber(money.amount, locale))).join(' + ');
  };
}

interface CostRow {
  key: string;
  title: string;
  cost: CostSummary;
}

/** Cost per goal or per strategy, with staff time; each row links to its element in the outline. */
export function CostTable({ rows, caption, mainCurrency }: { rows: CostRow[]; caption: string; mainCurrency: string | null }) {
  const { t, locale } = useI18n();
  const money = useMoney();
  const { plan, organization } = usePlanWorkspace();
  return (
    <ScrollRegion label={caption}>
      <table className="table numeric-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.element')}</th>
            <th scope="col" className="cell-number">
              {t('budget.amount')}
            </th>
            <th scope="col" className="cell-number">
              {t('budget.fte')}
            </th>
            <th scope="col" className="cell-number">
              {t('budget.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <Link to={elementPath(organization.id, plan.id, row.key)}>
                  <span className="mono">{row.key}</span> {row.title}
                </Link>
              </th>
              <td className="cell-number">
                {row.cost.lines === 0 ? <span className="muted">—</span> : money(row.cost.amounts, mainCurrency)}
                {row.cost.notSetLines > 0 && <span className="cell-sub">{t('budget.rowNotSet', { count: row.cost.notSetLines })}</span>}
              </td>
              <td className="cell-number">{formatNumber(row.cost.fte, locale)}</td>
              <td className="cell-number">{formatNumber(row.cost.hours, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
