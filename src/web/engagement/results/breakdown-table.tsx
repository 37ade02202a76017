import type { ReactNode } from 'react';
import type { ResultGroup } from '../../../core/engagement/survey-results-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { CountCell } from './count-cell';
import { readCell } from './results-model';

export interface BreakdownRow {
  key: string;
  label: string;
  /** What each group's cell shows, by group key. */
  cells: Record<string, ReactNode>;
}

interface Props {
  caption: string;
  groups: readonly ResultGroup[];
  groupLabel: (group: ResultGroup) => string;
  threshold: number;
  rowHeader: string;
  rows: readonly BreakdownRow[];
}

/**
 * A question's results with one column per group of the breakdown (everyone first), each column
 * headed by its group and how many respondents are in it. On a phone each row stacks into a card
 * whose cells name their group.
 */
export function BreakdownTable({ caption, groups, groupLabel, threshold, rowHeader, rows }: Props) {
  const { t } = useI18n();
  return (
    // Wider than the card with many groups: the region scrolls, and takes focus so a keyboard can scroll it.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table-stack breakdown-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {groups.map((group) => (
              <th key={group.key} scope="col" className="breakdown-group">
                <span className="breakdown-group-name">{groupLabel(group)}</span>
                <span className="cell-sub">
                  {t('results.groupRespondents')}: <CountCell reading={readCell(group.respondents, undefined)} threshold={threshold} showPercent={false} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="cell-primary">
                {row.label}
              </th>
              {groups.map((group) => (
                <td key={group.key} data-label={groupLabel(group)}>
                  {row.cells[group.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
