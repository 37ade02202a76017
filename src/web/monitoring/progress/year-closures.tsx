import { useI18n } from '../../app/i18n/i18n-provider';
import type { Resource } from '../../app/use-resource';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { formatDay } from './measure-value';
import type { YearClosure } from './rollover-api';
import type { MeasureStatus } from '../../../core/monitoring/monitoring-types';
import { measureStatusLook } from './progress-status';
import { StatusChip } from './status-chip';
import { useStatusText } from './status-text';

/**
 * The years closed for this plan, newest first: how each goal stood on the year's last day and
 * which actions were carried into the next year. Hidden until a first year is closed.
 */
export function YearClosures({ closures }: { closures: Resource<{ closures: YearClosure[] }> }) {
  const { t, locale } = useI18n();
  const status = useStatusText();
  if (closures.error) return <PlanErrorAlert error={closures.error} title={t('progress.closures.loadFailed')} />;
  const list = closures.data?.closures ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card" aria-labelledby="year-closures-heading">
      <div className="card-body stack">
        <h3 id="year-closures-heading">{t('progress.closures.title')}</h3>
        {list.map((closure) => (
          <article key={closure.id} className="stack" aria-label={closure.yearLabel}>
            <h4>{closure.yearLabel}</h4>
            <p>{t('progress.closures.closedBy', { person: closure.closedBy, date: formatDay(closure.createdAt, locale), end: formatDay(closure.yearEndsOn, locale) })}</p>
            <ul>
              {closure.summary.goals.map((goal) => (
                <li key={goal.key}>
                  {goal.title}:{' '}
                  {isMeasureStatus(goal.status) ? <StatusChip look={measureStatusLook[goal.status]}>{status.measure(goal.status)}</StatusChip> : goal.status}
                </li>
              ))}
            </ul>
            {closure.carried.length === 0 ? (
              <p>{t('progress.closures.nothingCarried')}</p>
            ) : (
              <>
                <p>{t('progress.closures.carried', { count: closure.carried.length })}</p>
                <ul>
                  {closure.carried.map((action) => (
                    <li key={action.key}>
                      {action.title} ({status.action(action.status)}): {t('progress.rollover.moves', { from: formatDay(action.fromDue, locale), to: formatDay(action.toDue, locale) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}

const MEASURE_STATUSES = new Set<string>(['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']);
/** A closure keeps statuses as text; one this version does not know shows as it was stored. */
const isMeasureStatus = (value: string): value is MeasureStatus => MEASURE_STATUSES.has(value);
