import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import {
  dataWiseStageLabel,
  dataWiseStages,
  dataWiseStatuses,
  dataWiseStatusLabel,
  dataWiseStatusTone,
  dataWiseStepLabel,
  formatDay,
  improvementApi,
  type DataWiseStatus,
  type DataWiseStep,
  type DataWiseTracker,
} from './improvement-api';
import { useWrite } from './use-write';

interface Props {
  tracker: DataWiseTracker;
  canUpdate: boolean;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

/** A team's Data Wise improvement cycle: eight steps in prepare, inquire and act, each with status, notes and the date done. */
export function DataWiseTrackerCard({ tracker, canUpdate, canManage, onChanged }: Props) {
  const { t } = useI18n();
  const [isRemoving, setIsRemoving] = useState(false);
  const write = useWrite();
  const done = tracker.steps.filter((s) => s.status === 'done').length;
  const headingId = `data-wise-${tracker.id}`;

  const remove = async () => {
    const removed = await write.run('remove', async () => {
      await api.delete(improvementApi.tracker(tracker.planId, tracker.id));
      return true;
    }, t('dataWise.removed', { title: tracker.title }));
    setIsRemoving(false);
    if (removed) await onChanged();
  };

  return (
    <article className="data-wise" aria-labelledby={headingId}>
      <header className="pdsa-cycle-header">
        <div>
          <h5 id={headingId}>{tracker.title}</h5>
          {tracker.team && <p className="muted">{t('dataWise.teamIs', { team: tracker.team })}</p>}
        </div>
        <Badge tone={done === 8 ? 'success' : 'info'}>{t('dataWise.progress', { done, total: tracker.steps.length })}</Badge>
      </header>
      {write.error && <ErrorAlert error={write.error} title={t('dataWise.saveFailed')} onDismiss={write.clearError} />}
      <div className="data-wise-stages">
        {dataWiseStages.map((stage) => (
          <section key={stage} className="data-wise-stage" aria-labelledby={`${headingId}-${stage}`}>
            <h6 id={`${headingId}-${stage}`}>{t(dataWiseStageLabel[stage])}</h6>
            <ol className="data-wise-steps">
              {tracker.steps.filter((s) => s.stage === stage).map((step) => (
                <DataWiseStepRow key={step.number} tracker={tracker} step={step} canUpdate={canUpdate} onChanged={onChanged} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {canManage && (
        <div className="row">
          <Button size="small" variant="quiet-danger" onClick={() => setIsRemoving(true)}>
            {t('action.remove')}
            <span className="visually-hidden">: {tracker.title}</span>
          </Button>
        </div>
      )}
      <ConfirmDialog isOpen={isRemoving} title={t('dataWise.removeTitle', { title: tracker.title })} confirmLabel={t('action.remove')} isBusy={write.busy === 'remove'} onConfirm={() => void remove()} onCancel={() => setIsRemoving(false)}>
        <p>{t('dataWise.removeText')}</p>
      </ConfirmDialog>
    </article>
  );
}

function DataWiseStepRow({ tracker, step, canUpdate, onChanged }: { tracker: DataWiseTracker; step: DataWiseStep; canUpdate: boolean; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const [isEditing, setIsEditing] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  const [status, setStatus] = useState<DataWiseStatus>(step.status);
  const [notes, setNotes] = useState(step.notes);
  const [doneOn, setDoneOn] = useState(step.doneOn ?? '');
  const write = useWrite(() => {
    setIsEditing(false);
    setHasConflict(true);
    void onChanged();
  });
  const name = t(dataWiseStepLabel(step.number));
  const editId = `step-${tracker.id}-${step.number}`;

  const save = async () => {
    const body = { version: step.version, status, notes, ...(status === 'done' ? (doneOn ? { doneOn } : {}) : { doneOn: null }) };
    if (await write.run('save', () => api.patch(improvementApi.step(tracker.planId, tracker.id, step.number), body), t('dataWise.stepSaved', { step: name }))) {
      setIsEditing(false);
      await onChanged();
    }
  };

  return (
    <li className="data-wise-step">
      <div className="data-wise-step-main">
        <span className="data-wise-step-name">
          {step.number}. {name}
        </span>
        <Badge tone={dataWiseStatusTone[step.status]}>{t(dataWiseStatusLabel[step.status])}</Badge>
        {step.doneOn && <span className="muted">{t('dataWise.doneOn', { date: formatDay(locale, step.doneOn) })}</span>}
      </div>
      {hasConflict && <Alert tone="warning" title={t('dataWise.conflict')} onDismiss={() => setHasConflict(false)} />}
      {!isEditing && step.notes && <p className="pdsa-text">{step.notes}</p>}
      {isEditing ? (
        <form className="form stack" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t('dataWise.editLabel', { step: name })}>
          {write.error && <ErrorAlert error={write.error} title={t('dataWise.saveFailed')} onDismiss={write.clearError} />}
          <div className="form-grid">
            <SelectField name="status" label={t('dataWise.field.status')} value={status} onChange={(e) => setStatus(e.target.value as DataWiseStatus)} options={dataWiseStatuses.map((s) => ({ value: s, label: t(dataWiseStatusLabel[s]) }))} autoFocus />
            {status === 'done' && <TextField name="doneOn" type="date" label={t('dataWise.field.doneOn')} hint={t('dataWise.field.doneOnHint')} value={doneOn} onChange={(e) => setDoneOn(e.target.value)} isOptional error={write.fieldError('doneOn')} />}
          </div>
          <TextAreaField name="notes" label={t('dataWise.field.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} maxLength={10000} isOptional error={write.fieldError('notes')} />
          <div className="row">
            <Button type="submit" size="small" variant="primary" isBusy={write.busy === 'save'}>{t('action.save')}</Button>
            <Button size="small" onClick={() => { setIsEditing(false); requestAnimationFrame(() => document.getElementById(editId)?.focus()); }}>{t('action.cancel')}</Button>
          </div>
        </form>
      ) : (
        canUpdate && (
          <Button
            size="small"
            variant="quiet"
            id={editId}
            onClick={() => {
              // Start from the step as it is now (someone may have changed it since this row was drawn).
              setStatus(step.status);
              setNotes(step.notes);
              setDoneOn(step.doneOn ?? '');
              setIsEditing(true);
            }}
          >
            {t('dataWise.editStep')}
            <span className="visually-hidden">: {name}</span>
          </Button>
        )
      )}
    </li>
  );
}
