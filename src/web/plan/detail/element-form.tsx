import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { TextField } from '../../app/ui/field';
import { DraftContext } from '../fields/draft-context';
import { emptyRequiredFields } from '../fields/draft-path';
import { UnsavedChangesGuard } from '../fields/unsaved-changes-guard';
import { ActionFields } from './action-fields';
import { ConflictNotice } from './conflict-notice';
import { GoalFields } from './goal-fields';
import { MeasureFields } from './measure-fields';
import { StrategyFields } from './strategy-fields';
import { useElementDraft } from './use-element-draft';

/** Every field of one element, saved together; unsaved changes are not lost to a click elsewhere. */
export function ElementForm({ element, onKeyChanged }: { element: PlanElement; onKeyChanged: (key: string) => void }) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const state = useElementDraft(element, onKeyChanged);
  const { draft, isDirty, isDirtyRef } = state;

  // A refused save lands the reader on the first field it names, as every form of the app does.
  useEffect(() => {
    if (!state.error) return;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, [state.error]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // A number or JSON field that does not parse keeps its last good value; saving that would surprise.
    const missing = emptyRequiredFields(formRef.current);
    if (missing.length > 0) {
      state.markMissing(missing);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${missing[0]}"]`)?.focus());
      return;
    }
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      return;
    }
    void state.save(state.base.version);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !draft.isReadOnly) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <DraftContext.Provider value={draft}>
      <form ref={formRef} className="form element-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('detail.formLabel')}>
        {state.conflict && (
          <ConflictNotice
            base={state.base.fields}
            theirs={state.conflict.fields}
            mine={state.fields}
            isBusy={state.isSaving}
            onTakeTheirs={state.takeTheirs}
            onOverwrite={() => void state.save(state.conflict!.version)}
          />
        )}
        {state.error && <PlanErrorAlert error={state.error} title={t('detail.saveFailed')} onDismiss={state.clearError} />}
        {element.kind === 'goal' && <GoalFields elementId={element.id} />}
        {element.kind === 'measure' && <MeasureFields />}
        {element.kind === 'strategy' && <StrategyFields />}
        {element.kind === 'action' && <ActionFields />}
        <TextField
          name="key"
          label={t('detail.key')}
          hint={t('detail.keyHint')}
          value={state.key}
          readOnly={draft.isReadOnly}
          className="field-narrow"
          aria-required
          error={state.error?.code === 'already_exists' ? t('detail.keyTaken') : draft.errorAt('key')}
          onChange={(event) => state.setKey(event.target.value.trim())}
        />
        {!draft.isReadOnly && (
          <div className={isDirty ? 'save-bar is-dirty' : 'save-bar'}>
            <span className="save-bar-status">
              {isDirty ? t('detail.unsaved') : t('detail.allSaved')}
            </span>
            <Button size="small" onClick={state.discard} disabled={!isDirty}>
              {t('detail.discard')}
            </Button>
            <Button size="small" type="submit" variant="primary" isBusy={state.isSaving} disabled={!isDirty && !state.conflict}>
              {t('action.save')}
            </Button>
          </div>
        )}
      </form>
      <UnsavedChangesGuard isDirty={isDirty} isDirtyRef={isDirtyRef} />
    </DraftContext.Provider>
  );
}
