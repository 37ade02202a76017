import { useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { improvementApi, type ImprovementStrategy } from './improvement-api';
import { useWrite } from './use-write';

/** Starts the Data Wise improvement cycle on a strategy: what the team will work on, and who is on it. */
export function NewTrackerForm({ planId, strategy, onCreated }: { planId: string; strategy: ImprovementStrategy; onCreated: () => Promise<void> }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [team, setTeam] = useState('');
  const [missing, setMissing] = useState(false);
  const write = useWrite();
  const formId = `new-data-wise-${strategy.key}`;

  if (!isOpen) {
    return (
      <Button size="small" id={`${formId}-open`} onClick={() => setIsOpen(true)}>
        {t('dataWise.new')}
        <span className="visually-hidden">: {strategy.title}</span>
      </Button>
    );
  }

  const submit = async () => {
    if (!title.trim()) {
      setMissing(true);
      document.querySelector<HTMLElement>(`#${CSS.escape(formId)} [name="title"]`)?.focus();
      return;
    }
    setMissing(false);
    if (await write.run('create', () => api.post(improvementApi.trackers(planId), { strategyKey: strategy.key, title: title.trim(), team: team.trim() }), t('dataWise.created', { title: title.trim() }))) {
      setTitle('');
      setTeam('');
      setIsOpen(false);
      await onCreated();
    }
  };

  return (
    <form id={formId} className="form stack improvement-form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} aria-label={t('dataWise.newLabel', { title: strategy.title })}>
      <h5>{t('dataWise.new')}</h5>
      {write.error && <ErrorAlert error={write.error} title={t('dataWise.createFailed')} onDismiss={write.clearError} />}
      <TextField name="title" label={t('dataWise.field.title')} hint={t('dataWise.field.titleHint')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required error={missing ? t('validation.required') : write.fieldError('title')} autoFocus />
      <TextField name="team" label={t('dataWise.field.team')} value={team} onChange={(e) => setTeam(e.target.value)} maxLength={2000} isOptional error={write.fieldError('team')} />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={write.busy === 'create'}>{t('dataWise.create')}</Button>
        <Button onClick={() => { setIsOpen(false); requestAnimationFrame(() => document.getElementById(`${formId}-open`)?.focus()); }}>{t('action.cancel')}</Button>
      </div>
    </form>
  );
}
