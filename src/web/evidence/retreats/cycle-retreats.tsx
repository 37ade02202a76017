import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import type { CycleDetail, CycleSummary } from '../../process/api-types';
import { cyclePath, formatDay, processApi } from '../../process/cycles/process-api';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { retreatApi, retreatPath } from './retreat-api';
import type { RetreatSummary } from './retreat-types';

/** One cycle's retreats as a table: which session, how many in the room, how far the board has come. */
export function CycleRetreats({ organizationId, cycle, onLoaded }: { organizationId: string; cycle: CycleSummary; onLoaded: (list: RetreatSummary[]) => void }) {
  const { t, locale } = useI18n();
  const retreats = useResource<{ retreats: RetreatSummary[] }>(retreatApi.ofCycle(cycle.id));
  const detail = useResource<CycleDetail>(processApi.cycle(cycle.id));
  const list = retreats.data?.retreats;
  // The list page hands a new function each render; only a newly read list is worth telling it about.
  const tell = useRef(onLoaded);
  tell.current = onLoaded;
  useEffect(() => {
    if (list) tell.current(list);
  }, [list]);
  const sessionOf = (sessionId: string) => detail.data?.sessions.find((session) => session.id === sessionId);
  const headingId = `cycle-${cycle.id}-heading`;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={cyclePath(organizationId, cycle.id)}>{cycle.name}</Link>
      </h3>
      {retreats.isLoading && !list && <Loading />}
      {retreats.error && <ErrorAlert error={retreats.error} title={t('retreats.loadFailed')} />}
      {list && list.length === 0 && <p className="muted">{t('retreats.noneInCycle')}</p>}
      {list && list.length > 0 && (
        <ScrollRegion label={t('retreats.tableLabel', { cycle: cycle.name })}>
          <table className="table table-stack">
            <thead>
              <tr>
                <th scope="col">{t('retreats.column.title')}</th>
                <th scope="col">{t('retreats.column.room')}</th>
                <th scope="col" className="cell-number">{t('retreats.column.participants')}</th>
                <th scope="col" className="cell-number">{t('retreats.column.charts')}</th>
                <th scope="col" className="cell-number">{t('retreats.column.swot')}</th>
                <th scope="col" className="cell-number">{t('retreats.column.priorities')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((retreat) => {
                const session = sessionOf(retreat.session_id);
                return (
                  <tr key={retreat.id}>
                    <td className="cell-primary cell-wrap">
                      <Link to={retreatPath(organizationId, retreat.id)}>{retreat.title}</Link>
                      {session && <span className="cell-sub">{t('retreat.session', { session: session.name, date: formatDay(locale, session.date) })}</span>}
                    </td>
                    <td data-label={t('retreats.column.room')}>
                      <Badge tone={retreat.status === 'open' ? 'success' : 'neutral'}>{t(`retreats.status.${retreat.status}`)}</Badge>
                    </td>
                    <td data-label={t('retreats.column.participants')} className="cell-number">{number(retreat.participants)}</td>
                    <td data-label={t('retreats.column.charts')} className="cell-number">{number(retreat.charts)}</td>
                    <td data-label={t('retreats.column.swot')} className="cell-number">{number(retreat.swot_items)}</td>
                    <td data-label={t('retreats.column.priorities')} className="cell-number">{number(retreat.priorities)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
