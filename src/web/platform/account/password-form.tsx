import { useState } from 'react';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { useFormSubmit } from '../../app/use-form-submit';
import { checkNewPassword, checkRequired, minimumPasswordLength } from '../../app/form-checks';

/** Changing the password ends every other session of the account (the server does it); this one stays. */
export function PasswordForm() {
  const t = useT();
  const [isChanged, setIsChanged] = useState(false);

  const form = useFormSubmit({
    validate: (data) => checkNewPassword(t, data, 'newPassword', 'confirmPassword', checkRequired(t, data, ['currentPassword'])),
    submit: async (data) => {
      setIsChanged(false);
      await api.post('/api/account/password', {
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
      });
      form.formRef.current?.reset();
      setIsChanged(true);
    },
  });

  const isWrongPassword = form.error && (form.error.status === 401 || form.error.status === 403) && form.error.code !== 'csrf_failed';

  return (
    <section className="card" aria-labelledby="account-password">
      <div className="card-header">
        <div>
          <h2 id="account-password">{t('account.passwordTitle')}</h2>
          <p>{t('account.passwordDescription')}</p>
        </div>
      </div>
      <div className="card-body">
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
          {isChanged && (
            <Alert tone="success" onDismiss={() => setIsChanged(false)}>
              {t('account.passwordChanged')}
            </Alert>
          )}
          {form.error && (isWrongPassword ? <Alert tone="danger" title={t('account.wrongPassword')} /> : <ErrorAlert error={form.error} title={t('account.passwordFailed')} />)}
          <div className="form-grid">
            <TextField name="currentPassword" type="password" label={t('field.currentPassword')} error={form.fieldErrors.currentPassword} autoComplete="current-password" required />
            <TextField
              name="newPassword"
              type="password"
              label={t('field.newPassword')}
              hint={t('validation.passwordHint', { count: minimumPasswordLength })}
              error={form.fieldErrors.newPassword}
              autoComplete="new-password"
              required
            />
            <TextField name="confirmPassword" type="password" label={t('field.confirmPassword')} error={form.fieldErrors.confirmPassword} autoComplete="new-password" required />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('account.changePassword')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
