import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { formatDay, improvementApi, localToday, type FollowUp } from './improvement-api';
import { useWrite } from './use-write';

interface Props {
  planId: string;
  checkInId: string;
  followUps: FollowUp[];
  /** Members to hand a follow-up to; empty when the reader may not list them. */
  owners: ReadonlyArray<{ value: string; label: string }>;
  userId: string;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

/** Follow-ups with an owner and a due date; the owner closes their own, whoever runs check-ins manages them all. */
export function FollowUpsSection({ planId, checkInId, followUps, owners, userId, canManage, onChanged }: Props) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const write = useWrite(() => void onChanged());
  const today = localToday();

  const add = async () => {
    const empty = Object.fromEntries(Object.entries({ title: title.trim(), ownerId, dueDate }).filter(([, value]) => !value).map(([name]) => [name, t('validation.required')]));
    setMissing(empty);
    if (Object.keys(empty).length) {
      document.querySelector<HTMLElement>(`.follow-up-form [name="${Object.keys(empty)[0]}"]`)?.focus();
      return;
    }
    if (await write.run('add', () => api.post(improvementApi.followUps(planId, checkInId), { title: title.trim(), ownerId, dueDate }), t('checkIns.followUps.added', { title: title.trim() }))) {
      setTitle('');
      setDueDate('');
      await onChanged();
    }
  };
  const toggle = async (followUp: FollowUp) => {
    const status = followUp.status === 'done' ? 'open' : 'done';
    const message = t(status === 'done' ? 'checkIns.followUps.markedDone' : 'checkIns.followUps.reopened', { title: followUp.title });
    if (await write.run(followUp.id, () => api.patch(improvementApi.followUp(planId, followUp.id), { version: followUp.version, status }), message)) await onChanged();
  };
  const remove = async (followUp: FollowUp) => {
    const removed = await write.run(`remove-${followUp.id}`, async () => {
      await api.delete(improvementApi.followUp(planId, followUp.id));
      return true;
    }, t('checkIns.followUps.removed', { title: followUp.title }));
    if (removed) await onChanged();
  };
  const fieldError = (name: string) => missing[name] ?? write.fieldError(name);

  return (
    <div className="stack">
      {write.error && <ErrorAlert error={write.error} title={write.error.status === 409 ? t('checkIns.conflict') : t('checkIns.followUps.saveFailed')} onDismiss={write.clearError} />}
      {followUps.length === 0 ? (
        <p className="muted">{t('checkIns.followUps.none')}</p>
      ) : (
        <ul className="follow-up-list">
          {followUps.map((followUp) => {
            const isOverdue = followUp.status === 'open' && followUp.dueDate < today;
            return (
              <li key={followUp.id} className="follow-up">
                <div className="follow-up-main">
                  <span className="follow-up-title">{followUp.title}</span>
                  <span className="muted">
                    {followUp.ownerName ?? t('checkIns.followUps.noOwner')} · {t('checkIns.dueOn', { date: formatDay(locale, followUp.dueDate) })}
                  </span>
                </div>
                <div className="row">
                  <Badge tone={isOverdue ? 'danger' : followUp.status === 'done' ? 'success' : 'info'}>
                    {t(isOverdue ? 'checkIns.followUps.overdue' : followUp.status === 'done' ? 'checkIns.followUps.done' : 'checkIns.followUps.open')}
                  </Badge>
                  {(canManage || followUp.ownerId === userId) && (
                    <Button size="small" isBusy={write.busy === followUp.id} onClick={() => void toggle(followUp)}>
                      {t(followUp.status === 'done' ? 'checkIns.followUps.reopen' : 'checkIns.followUps.markDone')}
                      <span className="visually-hidden">: {followUp.title}</span>
                    </Button>
                  )}
                  {canManage && (
                    <Button size="small" variant="quiet-danger" isBusy={write.busy === `remove-${followUp.id}`} onClick={() => void remove(followUp)}>
                      {t('action.remove')}
                      <span className="visually-hidden">: {followUp.title}</span>
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {canManage && (
        <form className="form follow-up-form" noValidate onSubmit={(event) => { event.preventDefault(); void add(); }}>
          <h4>{t('checkIns.followUps.addHeading')}</h4>
          <div className="form-grid">
            <TextField name="title" label={t('checkIns.followUps.title')} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={300} error={fieldError('title')} />
            <SelectField name="ownerId" label={t('checkIns.followUps.owner')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} required error={fieldError('ownerId')} options={[{ value: '', label: t('checkIns.followUps.chooseOwner') }, ...owners]} />
            <TextField name="dueDate" type="date" label={t('checkIns.followUps.due')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} required error={fieldError('dueDate')} />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={write.busy === 'add'}>{t('checkIns.followUps.add')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
