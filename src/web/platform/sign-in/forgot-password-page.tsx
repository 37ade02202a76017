import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { usePageTitle } from '../../app/ui/page-header';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkEmail, checkRequired } from '../../app/form-checks';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(t('forgot.title'));

  const form = useFormSubmit({
    validate: (data) => checkEmail(t, data, 'email', checkRequired(t, data, ['email'])),
    submit: async (data) => {
      const email = textOf(data, 'email');
      await api.post('/api/auth/password-reset', { email });
      setSentTo(email);
    },
  });

  return (
    <div className="card public-card">
      <h1 tabIndex={-1}>{t('forgot.title')}</h1>
      <p className="page-description">{t('forgot.description')}</p>
      {sentTo ? (
        <div className="stack">
          <Alert tone="success" title={t('forgot.sentTitle')}>
            {t('forgot.sentText', { email: sentTo })}
          </Alert>
          <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
        </div>
      ) : (
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
          {form.error && <ErrorAlert error={form.error} />}
          <TextField name="email" type="email" label={t('field.email')} error={form.fieldErrors.email} autoComplete="email" required />
          <Button type="submit" variant="primary" isBlock isBusy={form.isSubmitting}>
            {t('forgot.submit')}
          </Button>
          <p style={{ textAlign: 'center', fontSize: 'var(--text-sm)' }}>
            <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
          </p>
        </form>
      )}
    </div>
  );
}
