import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { useErrorMessage } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cohortsApi, formatCalendarDay, type CohortEvent } from './cohorts-api';
import { EventDialog } from './event-dialog';

/**
 * The cohort's shared calendar, by date: milestones (what is due to the network) and sessions
 * (professional development for every district's team, with their time and place).
 */
export function CohortCalendar({ cohortId, canManage }: { cohortId: string; canManage: boolean }) {
  const { t, locale } = useI18n();
  const describe = useErrorMessage();
  const events = useResource<{ events: CohortEvent[] }>(cohortsApi.events(cohortId));
  const [editing, setEditing] = useState<CohortEvent | 'new' | null>(null);
  const [removing, setRemoving] = useState<CohortEvent | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const list = [...(events.data?.events ?? [])].sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''));

  const remove = async (event: CohortEvent) => {
    setIsRemoving(true);
    try {
      await api.delete(cohortsApi.event(cohortId, event.id));
      events.setData((current) => current && { events: current.events.filter((each) => each.id !== event.id) });
      setFeedback({ tone: 'success', text: t('cohortCalendar.removed', { title: event.title }) });
    } catch (cause) {
      setFeedback({ tone: 'danger', text: describe(ApiError.from(cause)) });
      void events.reload();
    } finally {
      setIsRemoving(false);
      setRemoving(null);
    }
  };

  return (
    <section className="card" aria-labelledby="cohort-calendar-heading">
      <div className="card-header">
        <div>
          <h2 id="cohort-calendar-heading">{t('cohortCalendar.title')}</h2>
          <p>{t('cohortCalendar.intro')}</p>
        </div>
        {canManage && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            <Icon name="plus" size={16} />
            {t('cohortCalendar.add')}
          </Button>
        )}
      </div>
      {feedback && (
        <div className="card-body">
          <Alert tone={feedback.tone} onDismiss={() => setFeedback(null)}>
            {feedback.text}
          </Alert>
        </div>
      )}
      <ResourceStates
        resource={events}
        isEmpty={list.length === 0}
        errorTitle={t('cohortCalendar.loadFailed')}
        emptyIcon="book"
        emptyTitle={t('cohortCalendar.emptyTitle')}
        emptyText={t(canManage ? 'cohortCalendar.emptyTextManage' : 'cohortCalendar.emptyTextRead')}
      >
        <div className="table-wrap">
          <table className="table table-stack">
            <caption className="visually-hidden">{t('cohortCalendar.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohortCalendar.column.when')}</th>
                <th scope="col">{t('cohortCalendar.column.what')}</th>
                <th scope="col">{t('cohortCalendar.column.where')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('cohortCalendar.column.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((event) => (
                <tr key={event.id}>
                  <td data-label={t('cohortCalendar.column.when')} className="cell-date">
                    {formatCalendarDay(locale, event.date)}
                    {event.startTime && <span className="cell-sub">{t('cohortCalendar.at', { time: event.startTime })}</span>}
                  </td>
                  <th scope="row" className="cell-primary cell-wrap">
                    {event.title}{' '}
                    <Badge tone={event.kind === 'session' ? 'info' : 'brand'} hasDot={false}>
                      {t(event.kind === 'session' ? 'cohortCalendar.kind.session' : 'cohortCalendar.kind.milestone')}
                    </Badge>
                    {event.details && <span className="cell-sub">{event.details}</span>}
                  </th>
                  <td data-label={t('cohortCalendar.column.where')}>{event.location ?? <span className="muted">{t('cohortCalendar.noPlace')}</span>}</td>
                  {canManage && (
                    <td className="cell-actions">
                      <Button variant="quiet" size="small" onClick={() => setEditing(event)} aria-label={t('cohortCalendar.editFor', { title: event.title })}>
                        {t('cohortCalendar.edit')}
                      </Button>
                      <Button variant="quiet-danger" size="small" onClick={() => setRemoving(event)} aria-label={t('cohortCalendar.removeFor', { title: event.title })}>
                        {t('action.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ResourceStates>
      {canManage && (
        <>
          <EventDialog
            cohortId={cohortId}
            event={editing}
            onClose={() => setEditing(null)}
            onSaved={(saved, isNew) => {
              events.setData((current) => current && { events: isNew ? [...current.events, saved] : current.events.map((each) => (each.id === saved.id ? saved : each)) });
              setFeedback({ tone: 'success', text: t(isNew ? 'cohortCalendar.added' : 'cohortCalendar.saved', { title: saved.title }) });
              setEditing(null);
            }}
            onConflict={() => void events.reload()}
          />
          <ConfirmDialog
            isOpen={removing !== null}
            title={t('cohortCalendar.removeTitle', { title: removing?.title ?? '' })}
            confirmLabel={t('action.remove')}
            isBusy={isRemoving}
            onCancel={() => setRemoving(null)}
            onConfirm={() => {
              if (removing) void remove(removing);
            }}
          >
            <p>{t('cohortCalendar.removeText')}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
