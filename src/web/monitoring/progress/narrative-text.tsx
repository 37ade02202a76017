import { useI18n } from '../../app/i18n/i18n-provider';
import type { LatestNarrative } from './progress-api';

/** The latest narrative: what happened up front, why and what next behind a disclosure, and who wrote it when. */
export function NarrativeText({ narrative }: { narrative: LatestNarrative | null }) {
  const { t, formatDate } = useI18n();
  if (!narrative) return <span className="muted">{t('progress.noNarrative')}</span>;
  const more = [
    { label: t('progress.why'), text: narrative.why },
    { label: t('progress.nextSteps'), text: narrative.nextSteps },
  ].filter((part) => part.text);
  return (
    <div className="narrative">
      {narrative.happened && <p>{narrative.happened}</p>}
      {more.length > 0 && (
        <details className="narrative-more">
          <summary>{t('progress.whyAndNext')}</summary>
          <dl>
            {more.map((part) => (
              <div key={part.label}>
                <dt>{part.label}</dt>
                <dd>{part.text}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <p className="cell-sub">{t('progress.narrativeBy', { author: narrative.author, date: formatDate(narrative.createdAt), period: narrative.periodLabel })}</p>
    </div>
  );
}
