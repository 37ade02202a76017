import { useI18n } from '../../../app/i18n/i18n-provider';
import { formatNumber } from '../../results/results-model';
import type { ParticipationDay } from './conversation-results-api';

const HEIGHT = 56;

/**
 * Participation day by day: two rows of bars (new people, votes or ratings), each scaled to its own
 * busiest day, drawn in SVG with no library; the same numbers as a table under a disclosure, which
 * is what a screen reader reads.
 */
export function ParticipationChart({ days, isRate }: { days: readonly ParticipationDay[]; isRate: boolean }) {
  const { t, locale } = useI18n();
  const dayLabel = (day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  if (days.length === 0) return <p className="muted">{t('conversationResults.overTimeEmpty')}</p>;
  const rows = [
    { key: 'participants' as const, label: t('conversationResults.column.newPeople'), className: 'results-bar-people' },
    { key: 'votes' as const, label: t(isRate ? 'conversationResults.ratings' : 'conversationResults.votes'), className: 'results-bar-votes' },
  ];
  const width = Math.max(days.length * 8, 200);
  return (
    <figure className="stack conversation-results-chart">
      <figcaption className="muted">{t('conversationResults.chartLabel', { first: dayLabel(days[0]!.day), last: dayLabel(days[days.length - 1]!.day) })}</figcaption>
      {rows.map((row) => {
        const most = Math.max(1, ...days.map((day) => day[row.key]));
        const total = days.reduce((sum, day) => sum + day[row.key], 0);
        return (
          <div key={row.key}>
            <p className="conversation-results-chart-label">
              {row.label}: <strong>{formatNumber(locale, total)}</strong>
            </p>
            <svg viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" width="100%" height={HEIGHT} aria-hidden="true" focusable="false">
              <line x1="0" x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="results-axis" />
              {days.map((day, index) => {
                const height = (day[row.key] / most) * (HEIGHT - 4);
                return <rect key={day.day} x={(index * width) / days.length + 1} width={Math.max(1, width / days.length - 2)} y={HEIGHT - height} height={height} className={row.className} />;
              })}
            </svg>
          </div>
        );
      })}
      <details>
        <summary>{t('conversationResults.showDays')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('conversationResults.overTimeTitle')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('conversationResults.column.day')}</th>
                <th scope="col" className="numeric">{t('conversationResults.column.newPeople')}</th>
                <th scope="col" className="numeric">{t('conversationResults.column.newIdeas')}</th>
                <th scope="col" className="numeric">{t(isRate ? 'conversationResults.ratings' : 'conversationResults.votes')}</th>
              </tr>
            </thead>
            <tbody>
              {days
                .filter((day) => day.participants || day.statements || day.votes)
                .map((day) => (
                  <tr key={day.day}>
                    <th scope="row">{dayLabel(day.day)}</th>
                    <td className="numeric">{formatNumber(locale, day.participants)}</td>
                    <td className="numeric">{formatNumber(locale, day.statements)}</td>
                    <td className="numeric">{formatNumber(locale, day.votes)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
