import { useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import type { LevelNames } from '../../plan/plans/level-names';
import { improvementApi, type ImprovementStrategy } from './improvement-api';
import { useWrite } from './use-write';

const empty = { changeIdea: '', prediction: '', measure: '', startedOn: '' };

/** Plans a first PDSA cycle on the strategy or one of its actions: the change to try and what the team expects. */
export function NewPdsaForm({ planId, strategy, levelNames, onCreated }: { planId: string; strategy: ImprovementStrategy; levelNames: LevelNames; onCreated: () => Promise<void> }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [elementKey, setElementKey] = useState(strategy.key);
  const [draft, setDraft] = useState(empty);
  const [missing, setMissing] = useState(false);
  const write = useWrite();
  const formId = `new-pdsa-${strategy.key}`;

  if (!isOpen) {
    return (
      <Button size="small" onClick={() => setIsOpen(true)} id={`${formId}-open`}>
        {t('pdsa.new')}
        <span className="visually-hidden">: {strategy.title}</span>
      </Button>
    );
  }

  const submit = async () => {
    if (!draft.changeIdea.trim()) {
      setMissing(true);
      document.querySelector<HTMLElement>(`#${CSS.escape(formId)} [name="changeIdea"]`)?.focus();
      return;
    }
    setMissing(false);
    const created = await write.run('create', () => api.post(improvementApi.pdsaCycles(planId), { elementKey, ...draft, startedOn: draft.startedOn || null }), t('pdsa.created'));
    if (created) {
      setDraft(empty);
      setIsOpen(false);
      await onCreated();
    }
  };
  const options = [
    { value: strategy.key, label: `${levelNames.strategy} ${strategy.key}: ${strategy.title}` },
    ...strategy.actions.map((a) => ({ value: a.key, label: `${levelNames.action} ${a.key}: ${a.title}` })),
  ];

  return (
    <form id={formId} className="form stack improvement-form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} aria-label={t('pdsa.newLabel', { title: strategy.title })}>
      <h5>{t('pdsa.new')}</h5>
      {write.error && <ErrorAlert error={write.error} title={t('pdsa.createFailed')} onDismiss={write.clearError} />}
      <SelectField name="elementKey" label={t('pdsa.field.element')} value={elementKey} onChange={(e) => setElementKey(e.target.value)} options={options} error={write.fieldError('elementKey')} />
      <TextAreaField name="changeIdea" label={t('pdsa.field.changeIdea')} hint={t('pdsa.field.changeIdeaHint')} value={draft.changeIdea} onChange={(e) => setDraft({ ...draft, changeIdea: e.target.value })} rows={2} maxLength={2000} required error={missing ? t('validation.required') : write.fieldError('changeIdea')} autoFocus />
      <TextAreaField name="prediction" label={t('pdsa.field.prediction')} hint={t('pdsa.field.predictionHint')} value={draft.prediction} onChange={(e) => setDraft({ ...draft, prediction: e.target.value })} rows={2} maxLength={4000} isOptional error={write.fieldError('prediction')} />
      <TextField name="measure" label={t('pdsa.field.measure')} hint={t('pdsa.field.measureHint')} value={draft.measure} onChange={(e) => setDraft({ ...draft, measure: e.target.value })} maxLength={2000} isOptional error={write.fieldError('measure')} />
      <TextField name="startedOn" type="date" label={t('pdsa.field.startedOn')} value={draft.startedOn} onChange={(e) => setDraft({ ...draft, startedOn: e.target.value })} isOptional error={write.fieldError('startedOn')} />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={write.busy === 'create'}>{t('pdsa.create')}</Button>
        <Button onClick={() => { setIsOpen(false); requestAnimationFrame(() => document.getElementById(`${formId}-open`)?.focus()); }}>{t('action.cancel')}</Button>
      </div>
    </form>
  );
}
