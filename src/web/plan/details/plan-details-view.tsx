import { useEffect, useRef, type FormEvent } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { ConflictNotice } from '../detail/conflict-notice';
import { DraftContext } from '../fields/draft-context';
import { emptyRequiredFields } from '../fields/draft-path';
import { DraftJson, DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';
import { UnsavedChangesGuard } from '../fields/unsaved-changes-guard';
import { PlanDetailsLists } from './plan-details-lists';
import { usePlanDetailsDraft } from './use-plan-details-draft';
import { ElementPublicComments } from '../../engagement/public-comment/element-public-comments';
import { planTextKeys } from '../../engagement/public-comment/part-label';

/**
 * What the plan says about itself: mission, vision, values, portrait of a graduate, theory of
 * action, its period, what it calls each level, how it is communicated and what it draws on.
 */
export function PlanDetailsView() {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const state = usePlanDetailsDraft();
  const { draft } = state;

  // A refused save lands the reader on the first field it names, as every form of the app does.
  useEffect(() => {
    if (!state.error) return;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, [state.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = emptyRequiredFields(formRef.current);
    if (missing.length > 0) {
      state.markMissing(missing);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${missing[0]}"]`)?.focus());
      return;
    }
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else void state.save(state.base.version);
  };

  return (
    <DraftContext.Provider value={draft}>
      <form ref={formRef} className="stack-lg plan-details" noValidate onSubmit={submit} aria-labelledby="plan-details-heading">
        <div className="stack">
          <h2 id="plan-details-heading">{t('planDetails.title')}</h2>
          <p className="muted">{t('planDetails.description')}</p>
          {state.conflict && (
            <ConflictNotice
              base={state.base.header.plan}
              theirs={state.conflict.header.plan}
              mine={state.fields}
              isBusy={state.isSaving}
              onTakeTheirs={state.takeTheirs}
              onOverwrite={() => void state.save(state.conflict!.version)}
            />
          )}
          {state.error && <PlanErrorAlert error={state.error} title={t('detail.saveFailed')} onDismiss={state.clearError} />}
        </div>
        <section className="card card-body form" aria-labelledby="plan-identity-heading">
          <h3 id="plan-identity-heading">{t('planDetails.identity')}</h3>
          <DraftText path="title" label={t('planField.title')} isOptional={false} />
          <div className="form-grid">
            <DraftText path="period.start.label" label={t('planDetails.periodStart')} hint={t('planDetails.periodHint')} />
            <DraftText path="period.start.ends_on" type="date" label={t('planDetails.periodStartEnds')} />
            <DraftText path="period.end.label" label={t('planDetails.periodEnd')} hint={t('planDetails.periodHint')} />
            <DraftText path="period.end.ends_on" type="date" label={t('planDetails.periodEndEnds')} />
          </div>
          <fieldset className="fieldset">
            <legend>{t('planDetails.levelNames')}</legend>
            <p className="field-hint">{t('planDetails.levelNamesHint')}</p>
            <div className="form-grid">
              <DraftText path="level_names.goal" label={t('level.goal')} hint={t('planDetails.levelGoalHint')} />
              <DraftText path="level_names.measure" label={t('level.measure')} hint={t('planDetails.levelMeasureHint')} />
              <DraftText path="level_names.strategy" label={t('level.strategy')} hint={t('planDetails.levelStrategyHint')} />
              <DraftText path="level_names.action" label={t('level.action')} hint={t('planDetails.levelActionHint')} />
            </div>
          </fieldset>
        </section>
        <section className="card card-body form" aria-labelledby="plan-direction-heading">
          <h3 id="plan-direction-heading">{t('planDetails.direction')}</h3>
          <DraftTextArea path="mission" label={t('planDetails.mission')} />
          <DraftTextArea path="vision" label={t('planDetails.vision')} />
          <DraftTextArea path="theory_of_action" label={t('planDetails.theoryOfAction')} hint={t('planDetails.theoryOfActionHint')} rows={4} />
          <h4 className="detail-section-title">{t('planDetails.values')}</h4>
          <p className="field-hint">{t('planDetails.valuesHint')}</p>
          <DraftList path="values" itemLabel={(at) => t('planDetails.valueNumber', { number: at + 1 })} addLabel={t('planDetails.addValue')} newItem={() => ({ name: '' })} emptyText={t('planDetails.noValues')}>
            {(path) => <NamedFields path={path} />}
          </DraftList>
          <h4 className="detail-section-title">{t('planDetails.portrait')}</h4>
          <p className="field-hint">{t('planDetails.portraitHint')}</p>
          <DraftList path="portrait_of_graduate" itemLabel={(at) => t('planDetails.competencyNumber', { number: at + 1 })} addLabel={t('planDetails.addCompetency')} newItem={() => ({ name: '' })} emptyText={t('planDetails.noPortrait')}>
            {(path) => <NamedFields path={path} />}
          </DraftList>
        </section>
        <ElementPublicComments elementKeys={planTextKeys} title={t('publicComment.plan.title')} className="card card-body" />
        <PlanDetailsLists />
        <section className="card card-body form" aria-labelledby="plan-advanced-heading">
          <h3 id="plan-advanced-heading">{t('planField.advanced')}</h3>
          <DraftJson path="extensions" label={t('planField.extensions')} hint={t('planField.extensionsHint')} />
        </section>
        {!draft.isReadOnly && (
          <div className={state.isDirty ? 'save-bar is-dirty' : 'save-bar'}>
            <span className="save-bar-status">{state.isDirty ? t('detail.unsaved') : t('detail.allSaved')}</span>
            <Button onClick={state.discard} disabled={!state.isDirty}>
              {t('detail.discard')}
            </Button>
            <Button type="submit" variant="primary" isBusy={state.isSaving} disabled={!state.isDirty && !state.conflict}>
              {t('action.save')}
            </Button>
          </div>
        )}
      </form>
      <UnsavedChangesGuard isDirty={state.isDirty} isDirtyRef={state.isDirtyRef} />
    </DraftContext.Provider>
  );
}

function NamedFields({ path }: { path: string }) {
  const t = useT();
  return (
    <div className="value-grid">
      <DraftText path={`${path}.name`} label={t('planDetails.name')} isOptional={false} />
      <DraftTextArea path={`${path}.description`} label={t('planField.description')} rows={2} className="value-wide" />
    </div>
  );
}
