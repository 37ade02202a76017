import { useState } from 'react';
import { api } from '../../app/api';
import type { Account, Locale } from '../../app/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkRequired } from '../../app/form-checks';

export function ProfileForm() {
  const { t, setLocale } = useI18n();
  const { user, updateAccount } = useSignedIn();
  const [isSaved, setIsSaved] = useState(false);

  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name']),
    submit: async (data) => {
      setIsSaved(false);
      const locale = textOf(data, 'locale') as Locale;
      const account = await api.patch<Account>('/api/account', { name: textOf(data, 'name'), locale });
      updateAccount(account);
      setLocale(account.locale);
      setIsSaved(true);
    },
  });

  return (
    <section className="card" aria-labelledby="account-profile">
      <div className="card-header">
        <div>
          <h2 id="account-profile">{t('account.profileTitle')}</h2>
          <p>{t('account.profileDescription')}</p>
        </div>
      </div>
      <div className="card-body">
        <form ref={form.formRef} key={`${user.name}-${user.locale}`} className="form" noValidate onSubmit={form.onSubmit}>
          {isSaved && (
            <Alert tone="success" onDismiss={() => setIsSaved(false)}>
              {t('account.profileSaved')}
            </Alert>
          )}
          {form.error && <ErrorAlert error={form.error} title={t('account.profileFailed')} />}
          <div className="form-grid">
            <TextField name="name" label={t('field.fullName')} defaultValue={user.name} error={form.fieldErrors.name} autoComplete="name" required />
            <TextField name="email" label={t('field.email')} value={user.email} readOnly hint={t('account.emailHint')} />
            <SelectField
              name="locale"
              label={t('account.language')}
              hint={t('account.languageHint')}
              defaultValue={user.locale}
              error={form.fieldErrors.locale}
              options={[
                { value: 'en', label: 'English' },
                { value: 'es', label: 'Español' },
              ]}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('action.save')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
