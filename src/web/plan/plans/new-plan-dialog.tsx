import { useId } from 'react';
import { api } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { PlanErrorAlert } from './plan-error-alert';
import { TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { planApi } from './plan-api';

interface NewPlanDialogProps {
  isOpen: boolean;
  districtId: string;
  onClose: () => void;
  onCreated: (planId: string) => void;
}

/** A plan starts as an empty draft with a title; everything else is written in the workspace. */
export function NewPlanDialog({ isOpen, districtId, onClose, onCreated }: NewPlanDialogProps) {
  const t = useT();
  const formId = useId();
  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['title']),
    submit: async (data) => {
      const created = await api.post<{ id: string }>(planApi.list(districtId), { title: textOf(data, 'title') });
      onCreated(created.id);
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Dialog
      isOpen={isOpen}
      title={t('plans.newTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('plans.create')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <PlanErrorAlert error={form.error} title={t('plans.createFailed')} />}
        <TextField name="title" label={t('plans.field.title')} hint={t('plans.field.titleHint')} error={form.fieldErrors.title} required autoFocus />
      </form>
    </Dialog>
  );
}
