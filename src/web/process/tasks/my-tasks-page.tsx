import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { cyclePath, formatDay, statusLabel, todayDate } from '../cycles/process-api';
import { sessionPath, sessionsApi, type MyTask } from '../sessions/sessions-api';
import type { DeliverableStatus } from '../api-types';
import { hasPermission } from '../../app/session';
import { CheckInFollowUps } from './check-in-follow-ups';
import './my-tasks.css';

type Group = { id: string; title: MessageKey; items: MyTask[] };

/** What the signed-in person owes the district: follow-up tasks and deliverables, overdue first. */
export function MyTasksPage() {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const list = useResource<{ today: string; items: MyTask[] }>(sessionsApi.myTasks(organizationId));
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const today = todayDate();

  const items = list.data?.items ?? [];
  const isDone = (item: MyTask) => item.kind === 'task' && item.status === 'done';
  const isOverdue = (item: MyTask) => !isDone(item) && item.dueDate < today;
  const groups: Group[] = [
    { id: 'overdue', title: 'tasks.group.overdue', items: items.filter(isOverdue) },
    { id: 'upcoming', title: 'tasks.group.upcoming', items: items.filter((item) => !isDone(item) && !isOverdue(item)) },
    { id: 'done', title: 'tasks.group.done', items: items.filter(isDone).reverse() },
  ];

  const toggle = async (item: MyTask) => {
    setBusyId(item.id);
    setError(null);
    const next = item.status === 'done' ? 'open' : 'done';
    try {
      await api.patch(sessionsApi.task(item.cycleId, item.sessionId!, item.id), { version: item.version, status: next });
      say(t(next === 'done' ? 'tasks.markedDone' : 'tasks.reopened', { title: item.title }));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      await list.reload();
      setBusyId(null);
      // The item moved to another group; keep focus on the page rather than losing it.
      document.getElementById(`task-${item.id}`)?.focus();
    }
  };

  return (
    <div className="stack-lg">
      <PageHeader title={t('tasks.title')} titleContext={organization!.name} description={t('tasks.description')} />
      {error && <ErrorAlert error={error} title={t('tasks.saveFailed')} onDismiss={() => setError(null)} />}
      <div className="card">
        <ResourceStates resource={list} isEmpty={items.length === 0} emptyIcon="check" emptyTitle={t('tasks.empty')} emptyText={t('tasks.emptyText')} errorTitle={t('tasks.loadFailed')}>
          <div className="my-task-groups">
            {groups.map((group) =>
              group.items.length === 0 ? null : (
                <section key={group.id} aria-labelledby={`group-${group.id}`} className="my-task-group">
                  <h2 id={`group-${group.id}`} className="card-subheading">
                    {t(group.title)} <span className="muted">({group.items.length})</span>
                  </h2>
                  <ul className="my-task-list">
                    {group.items.map((item) => (
                      <li key={`${item.kind}-${item.id}`} className="my-task list-row" id={`task-${item.id}`} tabIndex={-1}>
                        <div className="my-task-main">
                          <span className="my-task-title">{item.title}</span>
                          <span className="my-task-meta">
                            <Badge tone="neutral" hasDot={false}>{t(item.kind === 'task' ? 'tasks.kind.task' : 'tasks.kind.deliverable')}</Badge>
                            <span>{t('cycle.due', { date: formatDay(locale, item.dueDate) })}</span>
                            {item.kind === 'task' && item.sessionId ? (
                              <Link to={sessionPath(organizationId, item.cycleId, item.sessionId)}>{item.sessionName}</Link>
                            ) : (
                              <Link to={`${cyclePath(organizationId, item.cycleId)}?view=checklist`}>{item.cycleName}</Link>
                            )}
                            {item.kind === 'task' && <span className="muted">{item.cycleName}</span>}
                          </span>
                        </div>
                        <div className="row my-task-actions">
                          {isOverdue(item) ? (
                            <Badge tone="danger">{t('tasks.overdue')}</Badge>
                          ) : item.kind === 'task' ? (
                            <Badge tone={item.status === 'done' ? 'success' : 'info'}>{t(item.status === 'done' ? 'tasks.status.done' : 'tasks.status.open')}</Badge>
                          ) : (
                            <Badge tone="info">{t(statusLabel[item.status as DeliverableStatus])}</Badge>
                          )}
                          {item.kind === 'task' && (
                            <Button size="small" variant={item.status === 'done' ? 'secondary' : 'primary'} isBusy={busyId === item.id} onClick={() => void toggle(item)}>
                              {t(item.status === 'done' ? 'tasks.reopen' : 'tasks.markDone')}
                              <span className="visually-hidden">: {item.title}</span>
                            </Button>
                          )}
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              ),
            )}
          </div>
        </ResourceStates>
      </div>
      {hasPermission(organization, 'monitoring.read') && <CheckInFollowUps organizationId={organizationId} />}
    </div>
  );
}
