import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import type { FollowUp } from '../../monitoring/improvement/improvement-api';
import { formatDay } from '../cycles/process-api';

type MyFollowUp = FollowUp & { planId: string; planTitle: string; heldOn: string; isOverdue: boolean };

/**
 * The follow-ups the signed-in person took on at a plan's monthly check-ins, beside their planning
 * tasks: what they owe the plan's monitoring, marked done here without opening the check-in.
 */
export function CheckInFollowUps({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const list = useResource<{ today: string; items: MyFollowUp[] }>(`/api/districts/${organizationId}/my-follow-ups`);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const items = list.data?.items ?? [];
  if (items.length === 0 && !list.error) return null;

  const toggle = async (item: MyFollowUp) => {
    setBusyId(item.id);
    setError(null);
    const status = item.status === 'done' ? 'open' : 'done';
    try {
      await api.patch(`/api/plans/${item.planId}/follow-ups/${item.id}`, { version: item.version, status });
      say(t(status === 'done' ? 'tasks.markedDone' : 'tasks.reopened', { title: item.title }));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      await list.reload();
      setBusyId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="my-follow-ups">
      <div className="card-header">
        <div>
          <h2 id="my-follow-ups">{t('tasks.followUps.title')}</h2>
          <p>{t('tasks.followUps.description')}</p>
        </div>
      </div>
      <div className="card-body">
        {list.error && <ErrorAlert error={list.error} />}
        {error && <ErrorAlert error={error} title={t('tasks.saveFailed')} onDismiss={() => setError(null)} />}
        <ul className="my-task-list">
          {items.map((item) => (
            <li key={item.id} className="my-task list-row">
              <div className="my-task-main">
                <span className="my-task-title">{item.title}</span>
                <span className="my-task-meta">
                  <Badge tone="neutral" hasDot={false}>{t('tasks.kind.followUp')}</Badge>
                  <span>{t('cycle.due', { date: formatDay(locale, item.dueDate) })}</span>
                  <Link to={`/o/${organizationId}/plans/${item.planId}/check-ins?checkIn=${item.checkInId}`}>
                    {t('tasks.followUps.checkIn', { date: formatDay(locale, item.heldOn) })}
                  </Link>
                  <span className="muted">{item.planTitle}</span>
                </span>
              </div>
              <div className="row my-task-actions">
                {item.isOverdue && item.status !== 'done' ? (
                  <Badge tone="danger">{t('tasks.overdue')}</Badge>
                ) : (
                  <Badge tone={item.status === 'done' ? 'success' : 'info'}>{t(item.status === 'done' ? 'tasks.status.done' : 'tasks.status.open')}</Badge>
                )}
                <Button size="small" variant={item.status === 'done' ? 'secondary' : 'primary'} isBusy={busyId === item.id} onClick={() => void toggle(item)}>
                  {t(item.status === 'done' ? 'tasks.reopen' : 'tasks.markDone')}
                  <span className="visually-hidden">: {item.title}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
