import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { SelectField, TextField } from '../../app/ui/field';
import { formatDay } from '../cycles/process-api';
import { taskStatusTone, type SessionTask } from './sessions-api';
import type { SaveOutcome } from './use-session-record';

interface Props {
  task: SessionTask;
  today: string;
  canEdit: boolean;
  mayClose: boolean;
  busy: string | null;
  owners: Array<{ value: string; label: string }>;
  onToggle: () => void;
  onRemove: () => void;
  onSave: (changes: { title?: string; ownerId?: string; dueDate?: string }) => Promise<SaveOutcome>;
}

/** One follow-up task: read, closed or reopened, and for planners changed in place or removed. */
export function TaskRow({ task, today, canEdit, mayClose, busy, owners, onToggle, onRemove, onSave }: Props) {
  const { t, locale } = useI18n();
  const [isEditing, setIsEditing] = useState(false);
  const [title, setTitle] = useState(task.title);
  const [ownerId, setOwnerId] = useState(task.ownerId ?? '');
  const [dueDate, setDueDate] = useState(task.dueDate);
  const [error, setError] = useState<SaveOutcome>(null);
  const isOverdue = task.status === 'open' && task.dueDate < today;

  if (isEditing) {
    const save = async () => {
      const changes = {
        ...(title.trim() !== task.title ? { title: title.trim() } : {}),
        ...(ownerId && ownerId !== task.ownerId ? { ownerId } : {}),
        ...(dueDate !== task.dueDate ? { dueDate } : {}),
      };
      const outcome = Object.keys(changes).length ? await onSave(changes) : null;
      setError(outcome);
      if (!outcome) setIsEditing(false);
    };
    const fieldError = (name: string) => (error?.code === 'invalid_input' ? error.fieldErrors[name] : undefined);
    return (
      <li className="task-row">
        <form className="form task-edit" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t('sessions.tasks.editLabel', { title: task.title })}>
          <div className="form-grid">
            <TextField name="title" label={t('sessions.tasks.title')} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={300} error={fieldError('title')} autoFocus />
            <SelectField name="ownerId" label={t('sessions.tasks.owner')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} options={owners.some((o) => o.value === ownerId) ? owners : [{ value: ownerId, label: task.ownerName ?? t('sessions.tasks.noOwner') }, ...owners]} error={fieldError('ownerId')} />
            <TextField name="dueDate" type="date" label={t('sessions.tasks.due')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} required error={fieldError('dueDate')} />
          </div>
          <div className="row">
            <Button type="submit" variant="primary" size="small" isBusy={busy === `edit-${task.id}`}>{t('sessions.tasks.save')}</Button>
            <Button size="small" onClick={() => { setIsEditing(false); requestAnimationFrame(() => document.getElementById(`task-edit-${task.id}`)?.focus()); }}>{t('sessions.tasks.cancel')}</Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="task-row">
      <div className="task-main">
        <span className="task-title">{task.title}</span>
        <span className="muted">
          {task.ownerName ?? t('sessions.tasks.noOwner')} · {t('cycle.due', { date: formatDay(locale, task.dueDate) })}
        </span>
      </div>
      <div className="row task-actions">
        <Badge tone={isOverdue ? 'danger' : taskStatusTone[task.status]}>{t(isOverdue ? 'tasks.overdue' : task.status === 'done' ? 'tasks.status.done' : 'tasks.status.open')}</Badge>
        {mayClose && (
          <Button size="small" isBusy={busy === task.id} onClick={onToggle}>
            {t(task.status === 'done' ? 'tasks.reopen' : 'tasks.markDone')}
            <span className="visually-hidden">: {task.title}</span>
          </Button>
        )}
        {canEdit && (
          <Button size="small" variant="quiet" id={`task-edit-${task.id}`} onClick={() => setIsEditing(true)}>
            {t('sessions.tasks.edit')}
            <span className="visually-hidden">: {task.title}</span>
          </Button>
        )}
        {canEdit && (
          <Button size="small" variant="quiet-danger" isBusy={busy === `remove-${task.id}`} onClick={onRemove}>
            {t('sessions.remove')}
            <span className="visually-hidden">: {task.title}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
