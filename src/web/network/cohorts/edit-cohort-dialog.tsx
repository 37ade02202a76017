import { useId } from 'react';
import { api, ApiError } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { cohortsApi, type Cohort } from './cohorts-api';

interface EditCohortDialogProps {
  isOpen: boolean;
  cohort: Cohort;
  onClose: () => void;
  onSaved: (cohort: Cohort) => void;
  /** Someone else changed the cohort meanwhile: the page reloads it, the dialog says so. */
  onConflict: () => void;
}

/** Rename the cohort, or change its school year, start or description; its template stays. */
export function EditCohortDialog({ isOpen, cohort, onClose, onSaved, onConflict }: EditCohortDialogProps) {
  const t = useT();
  const formId = useId();
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name', 'schoolYear', 'startDate']),
    submit: async (data) => {
      try {
        onSaved(
          await api.patch<Cohort>(cohortsApi.cohort(cohort.id), {
            name: textOf(data, 'name'),
            schoolYear: textOf(data, 'schoolYear'),
            startDate: textOf(data, 'startDate'),
            description: textOf(data, 'description'),
            version: cohort.version,
          }),
        );
      } catch (cause) {
        if (cause instanceof ApiError && cause.code === 'conflict') onConflict();
        throw cause;
      }
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('cohort.editTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('action.save')}
          </Button>
        </>
      }
    >
      {/* Keyed by version so a reloaded cohort fills the fields afresh. */}
      <form key={cohort.version} id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('cohort.editFailed')} />}
        <TextField name="name" label={t('cohorts.field.name')} error={form.fieldErrors.name} defaultValue={cohort.name} required maxLength={120} />
        <TextField name="schoolYear" label={t('cohorts.field.schoolYear')} error={form.fieldErrors.schoolYear} defaultValue={cohort.schoolYear} required maxLength={20} />
        <TextField name="startDate" type="date" label={t('cohorts.field.startDate')} hint={t('cohort.startDateHint')} error={form.fieldErrors.startDate} defaultValue={cohort.startDate} required />
        <TextAreaField name="description" label={t('cohorts.field.description')} error={form.fieldErrors.description} defaultValue={cohort.description} isOptional rows={3} maxLength={2000} />
        <p className="muted">{t('cohort.templateStays', { template: cohort.templateName ?? cohort.templateId })}</p>
      </form>
    </Dialog>
  );
}
