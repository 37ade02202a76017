import type { DeliverableEvent } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import type { Resource } from '../../app/use-resource';
import { statusLabel } from './process-api';

/** A deliverable's history, oldest first: status changes, sign-offs with their comments, edits. */
export function DeliverableHistory({ history }: { history: Resource<{ events: DeliverableEvent[] }> }) {
  const { t, formatDateTime } = useI18n();
  const status = (value: DeliverableEvent['fromStatus']) => (value ? t(statusLabel[value]) : '—');
  return (
    <section className="stack" aria-labelledby="deliverable-history-heading">
      <h3 id="deliverable-history-heading">{t('deliverable.history')}</h3>
      {history.isLoading && !history.data && <Loading />}
      {history.error && <ErrorAlert error={history.error} title={t('deliverable.historyFailed')} />}
      {history.data && history.data.events.length === 0 && <p className="muted">{t('deliverable.historyEmpty')}</p>}
      {history.data && history.data.events.length > 0 && (
        <ol className="plain-list deliverable-history">
          {history.data.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at} className="muted">
                {formatDateTime(event.at)}
              </time>{' '}
              <span>{t(`deliverable.event.${event.kind}`, { actor: event.actor, from: status(event.fromStatus), to: status(event.toStatus) })}</span>
              {event.comment && <blockquote className="deliverable-comment">{event.comment}</blockquote>}
              {event.rubric && (
                <div className="deliverable-rubric">
                  <p className="muted">{t('deliverable.rubricScores', { name: event.rubric.name })}</p>
                  <dl>
                    {event.rubric.scores.map((score, index) => (
                      <div key={index}>
                        <dt>{score.criterion}</dt>
                        <dd>
                          {score.level}
                          {score.note && <span className="muted"> · {score.note}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
