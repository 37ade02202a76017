import { useI18n } from '../../app/i18n/i18n-provider';
import { formatNumber } from '../../plan/plans/plan-format-text';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { formatDay } from './measure-value';
import { NarrativeText } from './narrative-text';
import type { ScoreAction } from './progress-api';
import { actionStatusLook, isActionStatus } from './progress-status';
import { StatusChip, StatusIcon } from './status-chip';
import { useStatusText } from './status-text';

/** A strategy's actions: their status (the owner's, or off track once overdue, with what the owner reported), percent complete, due date and an overdue flag. */
export function ActionTable({ caption, actionLevel, actions }: { caption: string; actionLevel: string; actions: readonly ScoreAction[] }) {
  const { t, locale } = useI18n();
  const statusText = useStatusText();
  const columns = { status: t('progress.col.status'), percent: t('progress.col.percent'), due: t('progress.col.due'), narrative: t('progress.col.narrative') };
  return (
    <ScrollRegion label={caption}>
      <table className="table table-stack progress-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{actionLevel}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.percent}</th>
            <th scope="col">{columns.due}</th>
            <th scope="col">{columns.narrative}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.key}>
              <th scope="row" className="cell-primary">
                {action.title}
                <span className="cell-sub">
                  <span className="mono">{action.key}</span> · {action.owner ? t('progress.ownedBy', { name: action.owner.name }) : t('progress.noOwner')}
                </span>
              </th>
              <td data-label={columns.status}>
                <StatusChip look={isActionStatus(action.status) ? actionStatusLook[action.status] : actionStatusLook.not_started}>{statusText.action(action.status)}</StatusChip>
                {action.reportedStatus !== action.status && action.reportedStatus !== null && <span className="cell-sub">{t('progress.action.reported', { status: statusText.action(action.reportedStatus) })}</span>}
              </td>
              <td data-label={columns.percent}>
                {action.percentComplete === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className="percent-complete">
                    <span className="percent-bar" aria-hidden="true">
                      <span style={{ width: `${Math.max(0, Math.min(100, action.percentComplete))}%` }} />
                    </span>
                    {t('progress.percent', { value: formatNumber(action.percentComplete, locale) })}
                  </span>
                )}
              </td>
              <td data-label={columns.due} className="cell-date">
                {action.due ? formatDay(action.due, locale) : <span className="muted">—</span>}
                {action.isOverdue && (
                  <span className="overdue-flag">
                    <StatusIcon name="warning" size={14} />
                    {t('progress.overdue')}
                  </span>
                )}
              </td>
              <td data-label={columns.narrative} className="cell-wrap">
                <NarrativeText narrative={action.latestNarrative} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
