import { useId } from 'react';
import { api } from '../../app/api';
import { checkEmail, checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { cohortsApi, type Provider } from '../cohorts/cohorts-api';

interface AddProviderDialogProps {
  isOpen: boolean;
  networkId: string;
  onClose: () => void;
  onAdded: (provider: Provider, leadEmail: string) => void;
}

/** A provider the network vetted: its name, what it offers, and the lead who runs it in Waymark. */
export function AddProviderDialog({ isOpen, networkId, onClose, onAdded }: AddProviderDialogProps) {
  const t = useT();
  const formId = useId();
  const form = useFormSubmit({
    validate: (data) => checkEmail(t, data, 'leadEmail', checkRequired(t, data, ['name', 'leadEmail'])),
    submit: async (data) => {
      const services = textOf(data, 'services');
      const leadEmail = textOf(data, 'leadEmail');
      const provider = await api.post<Provider>(cohortsApi.providers(networkId), { name: textOf(data, 'name'), leadEmail, ...(services ? { services } : {}) });
      onAdded(provider, leadEmail);
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('providers.add')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('providers.addConfirm')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('providers.addFailed')} />}
        <TextField name="name" label={t('providers.field.name')} error={form.fieldErrors.name} required maxLength={200} />
        <TextAreaField name="services" label={t('providers.field.services')} hint={t('providers.field.servicesHint')} error={form.fieldErrors.services} isOptional rows={3} maxLength={2000} />
        <TextField name="leadEmail" type="email" autoComplete="off" label={t('providers.field.leadEmail')} error={form.fieldErrors.leadEmail} required />
        <Alert tone="info" announce="none">
          {t('providers.leadExplained')}
        </Alert>
      </form>
    </Dialog>
  );
}
