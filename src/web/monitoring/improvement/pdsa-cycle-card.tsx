import { useState } from 'react';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { decisionLabel, decisionTone, formatDay, improvementApi, pdsaDecisions, pdsaStages, stageLabel, type PdsaCycle, type PdsaDecision, type PdsaStage } from './improvement-api';
import { useWrite } from './use-write';

interface Props {
  cycle: PdsaCycle;
  /** "Strategy S1: Tutoring" or "Action A1: Hire tutors", as the plan names its levels. */
  elementLabel: string;
  canUpdate: boolean;
  canManage: boolean;
  onChanged: () => Promise<void>;
}

/** One PDSA cycle: plan, do, study and act as recorded, edited in place, and the way to the next cycle. */
export function PdsaCycleCard({ cycle, elementLabel, canUpdate, canManage, onChanged }: Props) {
  const { t, locale } = useI18n();
  const [isEditing, setIsEditing] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  const write = useWrite(() => void onChanged());
  const heading = t('pdsa.cycleNumber', { number: cycle.number });
  const idBase = `pdsa-${cycle.id}`;

  const startNext = async () => {
    if (await write.run('next', () => api.post(improvementApi.nextCycle(cycle.planId, cycle.id)), t('pdsa.nextStarted', { number: cycle.number + 1 }))) await onChanged();
  };
  const remove = async () => {
    const removed = await write.run('remove', async () => {
      await api.delete(improvementApi.pdsaCycle(cycle.planId, cycle.id));
      return true;
    }, t('pdsa.removed', { number: cycle.number }));
    setIsRemoving(false);
    if (removed) await onChanged();
  };

  return (
    <article className="pdsa-cycle" aria-labelledby={`${idBase}-heading`}>
      <header className="pdsa-cycle-header">
        <h5 id={`${idBase}-heading`}>
          {heading} <span className="muted">· {elementLabel}</span>
        </h5>
        <div className="row">
          <Badge tone="info">{t(stageLabel[cycle.stage])}</Badge>
          {cycle.decision && <Badge tone={decisionTone[cycle.decision]}>{t(decisionLabel[cycle.decision])}</Badge>}
        </div>
      </header>
      {write.error && <ErrorAlert error={write.error} title={t('pdsa.saveFailed')} onDismiss={write.clearError} />}
      {hasConflict && <Alert tone="warning" title={t('pdsa.conflict')} onDismiss={() => setHasConflict(false)} />}
      {isEditing ? (
        <PdsaEditForm
          cycle={cycle}
          onDone={async (outcome) => {
            setIsEditing(false);
            setHasConflict(outcome === 'conflict');
            if (outcome !== 'cancelled') await onChanged();
            requestAnimationFrame(() => document.getElementById(`${idBase}-edit`)?.focus());
          }}
        />
      ) : (
        <dl className="pdsa-steps">
          <div>
            <dt>{t('pdsa.stage.plan')}</dt>
            <dd>
              <p><strong>{t('pdsa.field.changeIdea')}:</strong> {cycle.changeIdea}</p>
              <p><strong>{t('pdsa.field.prediction')}:</strong> {cycle.prediction || <span className="muted">{t('pdsa.notYet')}</span>}</p>
              <p><strong>{t('pdsa.field.measure')}:</strong> {cycle.measure || <span className="muted">{t('pdsa.notYet')}</span>}</p>
              {cycle.startedOn && <p className="muted">{t('pdsa.startedOn', { date: formatDay(locale, cycle.startedOn) })}</p>}
            </dd>
          </div>
          <div>
            <dt>{t('pdsa.stage.do')}</dt>
            <dd className="pdsa-text">{cycle.whatHappened || <span className="muted">{t('pdsa.notYet')}</span>}</dd>
          </div>
          <div>
            <dt>{t('pdsa.stage.study')}</dt>
            <dd className="pdsa-text">{cycle.studyFindings || <span className="muted">{t('pdsa.notYet')}</span>}</dd>
          </div>
          <div>
            <dt>{t('pdsa.stage.act')}</dt>
            <dd>
              {cycle.decision ? (
                <p>
                  <strong>{t(decisionLabel[cycle.decision])}</strong>
                  {cycle.decidedOn && <span className="muted"> · {formatDay(locale, cycle.decidedOn)}</span>}
                </p>
              ) : (
                <p className="muted">{t('pdsa.noDecision')}</p>
              )}
              {cycle.decisionNotes && <p className="pdsa-text">{cycle.decisionNotes}</p>}
            </dd>
          </div>
        </dl>
      )}
      {!isEditing && (canUpdate || canManage) && (
        <div className="row">
          {canUpdate && (
            <Button size="small" id={`${idBase}-edit`} onClick={() => setIsEditing(true)}>
              {t('pdsa.edit')}
              <span className="visually-hidden">: {heading}</span>
            </Button>
          )}
          {canUpdate && !cycle.nextCycleId && (cycle.decision === 'adopt' || cycle.decision === 'adapt') && (
            <Button size="small" variant="primary" isBusy={write.busy === 'next'} onClick={() => void startNext()}>
              {t('pdsa.startNext')}
            </Button>
          )}
          {canManage && (
            <Button size="small" variant="quiet-danger" onClick={() => setIsRemoving(true)}>
              {t('action.remove')}
              <span className="visually-hidden">: {heading}</span>
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog isOpen={isRemoving} title={t('pdsa.removeTitle', { number: cycle.number })} confirmLabel={t('action.remove')} isBusy={write.busy === 'remove'} onConfirm={() => void remove()} onCancel={() => setIsRemoving(false)}>
        <p>{t('pdsa.removeText')}</p>
      </ConfirmDialog>
    </article>
  );
}

/** The cycle's fields as a form; a stale version reloads the cycle and says so. */
function PdsaEditForm({ cycle, onDone }: { cycle: PdsaCycle; onDone: (outcome: 'saved' | 'cancelled' | 'conflict') => Promise<void> }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({
    stage: cycle.stage,
    changeIdea: cycle.changeIdea,
    prediction: cycle.prediction,
    measure: cycle.measure,
    startedOn: cycle.startedOn ?? '',
    whatHappened: cycle.whatHappened,
    studyFindings: cycle.studyFindings,
    decision: (cycle.decision ?? '') as PdsaDecision | '',
    decisionNotes: cycle.decisionNotes,
    decidedOn: cycle.decidedOn ?? '',
  });
  // Someone else saved first: close the form and show their version, with a word on what happened.
  const write = useWrite(() => void onDone('conflict'));
  const set = (field: keyof typeof draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const save = async () => {
    const body = {
      version: cycle.version,
      ...draft,
      startedOn: draft.startedOn || null,
      decision: draft.decision || null,
      // A new decision is dated by the server (today) unless a date was entered.
      ...(draft.decidedOn ? { decidedOn: draft.decidedOn } : draft.decision ? {} : { decidedOn: null }),
    };
    if (await write.run('save', () => api.patch(improvementApi.pdsaCycle(cycle.planId, cycle.id), body), t('pdsa.saved', { number: cycle.number }))) await onDone('saved');
  };

  return (
    <form className="form stack" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }} aria-label={t('pdsa.editLabel', { number: cycle.number })}>
      {write.error && <ErrorAlert error={write.error} title={t('pdsa.saveFailed')} onDismiss={write.clearError} />}
      <SelectField name="stage" label={t('pdsa.field.stage')} value={draft.stage} onChange={(e) => setDraft((d) => ({ ...d, stage: e.target.value as PdsaStage }))} options={pdsaStages.map((s) => ({ value: s, label: t(stageLabel[s]) }))} />
      <fieldset className="fieldset">
        <legend>{t('pdsa.stage.plan')}</legend>
        <TextAreaField name="changeIdea" label={t('pdsa.field.changeIdea')} value={draft.changeIdea} onChange={set('changeIdea')} rows={2} maxLength={2000} required error={write.fieldError('changeIdea')} autoFocus />
        <TextAreaField name="prediction" label={t('pdsa.field.prediction')} hint={t('pdsa.field.predictionHint')} value={draft.prediction} onChange={set('prediction')} rows={2} maxLength={4000} isOptional error={write.fieldError('prediction')} />
        <TextField name="measure" label={t('pdsa.field.measure')} hint={t('pdsa.field.measureHint')} value={draft.measure} onChange={set('measure')} maxLength={2000} isOptional error={write.fieldError('measure')} />
        <TextField name="startedOn" type="date" label={t('pdsa.field.startedOn')} value={draft.startedOn} onChange={set('startedOn')} isOptional error={write.fieldError('startedOn')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('pdsa.stage.do')}</legend>
        <TextAreaField name="whatHappened" label={t('pdsa.field.whatHappened')} value={draft.whatHappened} onChange={set('whatHappened')} rows={3} maxLength={10000} isOptional error={write.fieldError('whatHappened')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('pdsa.stage.study')}</legend>
        <TextAreaField name="studyFindings" label={t('pdsa.field.studyFindings')} hint={t('pdsa.field.studyHint')} value={draft.studyFindings} onChange={set('studyFindings')} rows={3} maxLength={10000} isOptional error={write.fieldError('studyFindings')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('pdsa.stage.act')}</legend>
        <SelectField name="decision" label={t('pdsa.field.decision')} value={draft.decision} onChange={set('decision')} options={[{ value: '', label: t('pdsa.noDecision') }, ...pdsaDecisions.map((d) => ({ value: d, label: t(decisionLabel[d]) }))]} error={write.fieldError('decision')} />
        <TextAreaField name="decisionNotes" label={t('pdsa.field.decisionNotes')} value={draft.decisionNotes} onChange={set('decisionNotes')} rows={2} maxLength={4000} isOptional error={write.fieldError('decisionNotes')} />
        <TextField name="decidedOn" type="date" label={t('pdsa.field.decidedOn')} hint={t('pdsa.field.decidedOnHint')} value={draft.decidedOn} onChange={set('decidedOn')} isOptional error={write.fieldError('decidedOn')} />
      </fieldset>
      <div className="row">
        <Button type="submit" variant="primary" isBusy={write.busy === 'save'}>{t('action.save')}</Button>
        <Button onClick={() => void onDone('cancelled')}>{t('action.cancel')}</Button>
      </div>
    </form>
  );
}
