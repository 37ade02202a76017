import { useState } from 'react';
import { api } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { SelectField, TextField } from '../../app/ui/field';
import { todayDate } from '../cycles/process-api';
import { sessionsApi, type SessionTask } from './sessions-api';
import { TaskRow } from './task-row';
import { SectionError } from './section-error';
import type { SaveOutcome, useSessionRecord } from './use-session-record';

interface Props {
  cycleId: string;
  sessionId: string;
  tasks: SessionTask[];
  /** The district's members when the reader may list them; null falls back to the names on the tasks. */
  members: Member[] | null;
  userId: string;
  userName: string;
  canEdit: boolean;
  editor: ReturnType<typeof useSessionRecord>;
}

/** Follow-up tasks with owners and due dates; an owner closes their own, planners manage them all. */
export function TasksSection({ cycleId, sessionId, tasks, members, userId, userName, canEdit, editor }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<SaveOutcome>(null);
  const today = todayDate();

  const owners = new Map<string, string>();
  if (members) {
    for (const m of members) if (m.isActive) owners.set(m.userId, m.name);
  } else {
    owners.set(userId, userName);
    for (const task of tasks) if (task.ownerId && task.ownerName) owners.set(task.ownerId, task.ownerName);
  }

  const ownerOptions = [...owners].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }));
  const act = async (name: string, request: () => Promise<unknown>, confirmation: string) => {
    setBusy(name);
    const outcome = await editor.run(async () => {
      await request();
    }, confirmation);
    setError(outcome);
    setBusy(null);
    return outcome;
  };
  const [missing, setMissing] = useState<Record<string, string>>({});
  const add = async () => {
    // The browser says what is missing before the server is asked, in the reader's words.
    const empty = Object.fromEntries(Object.entries({ title: title.trim(), ownerId, dueDate }).filter(([, value]) => !value).map(([name]) => [name, t('validation.required')]));
    setMissing(empty);
    if (Object.keys(empty).length) {
      document.querySelector<HTMLElement>(`.task-form [name="${Object.keys(empty)[0]}"]`)?.focus();
      return;
    }
    const outcome = await act('add', () => api.post(sessionsApi.tasks(cycleId, sessionId), { title: title.trim(), ownerId, dueDate }), t('sessions.tasks.added', { title: title.trim() }));
    if (!outcome) {
      setTitle('');
      setDueDate('');
    }
  };
  const fieldError = (name: string) => missing[name] ?? (error?.code === 'invalid_input' ? error.fieldErrors[name] : undefined);

  return (
    <div className="stack">
      <SectionError error={error} title={t('sessions.tasks.saveFailed')} onDismiss={() => setError(null)} />
      {tasks.length === 0 ? (
        <p className="muted">{t('sessions.tasks.none')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskRow
              key={`${task.id}-${task.version}`}
              task={task}
              today={today}
              canEdit={canEdit}
              mayClose={canEdit || task.ownerId === userId}
              busy={busy}
              owners={ownerOptions}
              onToggle={() => void act(task.id, () => api.patch(sessionsApi.task(cycleId, sessionId, task.id), { version: task.version, status: task.status === 'done' ? 'open' : 'done' }), t(task.status === 'done' ? 'tasks.reopened' : 'tasks.markedDone', { title: task.title }))}
              onRemove={() => void act(`remove-${task.id}`, () => api.delete(sessionsApi.task(cycleId, sessionId, task.id)), t('sessions.tasks.removed', { title: task.title }))}
              onSave={(changes) => act(`edit-${task.id}`, () => api.patch(sessionsApi.task(cycleId, sessionId, task.id), { version: task.version, ...changes }), t('sessions.tasks.saved', { title: changes.title ?? task.title }))}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="form task-form" noValidate onSubmit={(event) => { event.preventDefault(); void add(); }}>
          <h3>{t('sessions.tasks.addHeading')}</h3>
          <div className="form-grid">
            <TextField name="title" label={t('sessions.tasks.title')} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={300} error={fieldError('title')} />
            <SelectField name="ownerId" label={t('sessions.tasks.owner')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} required error={fieldError('ownerId')} options={[{ value: '', label: t('sessions.tasks.chooseOwner') }, ...ownerOptions]} />
            <TextField name="dueDate" type="date" label={t('sessions.tasks.due')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} required error={fieldError('dueDate')} />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={busy === 'add'}>{t('sessions.tasks.add')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
