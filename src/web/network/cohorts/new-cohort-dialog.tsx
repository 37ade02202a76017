import { useId } from 'react';
import { api } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useResource } from '../../app/use-resource';
import type { ProcessTemplateSummary } from '../../process/api-types';
import { processApi, todayDate } from '../../process/cycles/process-api';
import { cohortsApi, type Cohort } from './cohorts-api';

interface NewCohortDialogProps {
  isOpen: boolean;
  networkId: string;
  onClose: () => void;
  onStarted: (cohort: Cohort) => void;
}

/**
 * A new cohort: its name, school year, the process template every member district runs, and the
 * day the shared timeline starts. The template cannot change later (members run cycles from it).
 */
export function NewCohortDialog({ isOpen, networkId, onClose, onStarted }: NewCohortDialogProps) {
  const t = useT();
  const formId = useId();
  const templates = useResource<{ templates: ProcessTemplateSummary[] }>(isOpen ? processApi.templates() : null);
  const list = templates.data?.templates ?? [];
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name', 'schoolYear', 'templateId', 'startDate']),
    submit: async (data) => {
      const description = textOf(data, 'description');
      const created = await api.post<Cohort>(cohortsApi.cohorts(networkId), {
        name: textOf(data, 'name'),
        schoolYear: textOf(data, 'schoolYear'),
        templateId: textOf(data, 'templateId'),
        startDate: textOf(data, 'startDate'),
        ...(description ? { description } : {}),
      });
      onStarted(created);
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('cohorts.start')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('cohorts.startCreate')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('cohorts.startFailed')} />}
        <TextField name="name" label={t('cohorts.field.name')} hint={t('cohorts.field.nameHint')} error={form.fieldErrors.name} required maxLength={120} />
        <TextField name="schoolYear" label={t('cohorts.field.schoolYear')} hint={t('cohorts.field.schoolYearHint')} error={form.fieldErrors.schoolYear} required maxLength={20} />
        {templates.error && <ErrorAlert error={templates.error} title={t('cohorts.templatesFailed')} />}
        {templates.isLoading && !templates.data && <Loading />}
        {templates.data && (
          <SelectField
            name="templateId"
            label={t('cohorts.field.template')}
            hint={t('cohorts.field.templateHint')}
            error={form.fieldErrors.templateId}
            required
            defaultValue=""
            options={[{ value: '', label: t('cohorts.field.templateChoose') }, ...list.map((template) => ({ value: template.id, label: template.name }))]}
          />
        )}
        <TextField name="startDate" type="date" label={t('cohorts.field.startDate')} hint={t('cohorts.field.startDateHint')} error={form.fieldErrors.startDate} defaultValue={todayDate()} required />
        <TextAreaField name="description" label={t('cohorts.field.description')} error={form.fieldErrors.description} isOptional rows={3} maxLength={2000} />
      </form>
    </Dialog>
  );
}
