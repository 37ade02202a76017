import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { usePageTitle } from '../../app/ui/page-header';
import { useFormSubmit } from '../../app/use-form-submit';
import { checkNewPassword, minimumPasswordLength } from '../../app/form-checks';
import { linkTokenFrom } from './link-token';

/**
 * The page behind the e-mailed link (/reset-password#token=...): choose a new password. The token
 * is in the fragment, so it never reaches the server's logs; it is sent in the POST body.
 */
export function ResetPasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const token = linkTokenFrom(useLocation().hash);
  usePageTitle(t('reset.title'));

  const form = useFormSubmit({
    validate: (data) => checkNewPassword(t, data, 'password', 'confirmPassword', {}),
    submit: async (data) => {
      await api.post('/api/auth/password-reset/complete', { token, password: String(data.get('password') ?? '') });
      navigate('/sign-in?reset=done', { replace: true });
    },
  });

  // An unknown, used or expired token is a 404; a malformed one (a truncated link) fails validation.
  const isLinkDead = !token || form.error?.status === 404 || form.error?.details.some((detail) => detail.path === '/token') === true;

  return (
    <div className="card public-card">
      <h1 tabIndex={-1}>{t('reset.title')}</h1>
      {isLinkDead ? (
        <div className="stack" style={{ marginTop: 'var(--space-4)' }}>
          <Alert tone="warning" title={t('reset.linkInvalidTitle')} announce={form.error ? 'alert' : 'none'}>
            {t('reset.linkInvalidText')}
          </Alert>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </div>
      ) : (
        <>
          <p className="page-description">{t('reset.description')}</p>
          <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
            {form.error && <ErrorAlert error={form.error} />}
            <TextField
              name="password"
              type="password"
              label={t('field.newPassword')}
              hint={t('validation.passwordHint', { count: minimumPasswordLength })}
              error={form.fieldErrors.password}
              autoComplete="new-password"
              required
            />
            <TextField
              name="confirmPassword"
              type="password"
              label={t('field.confirmPassword')}
              error={form.fieldErrors.confirmPassword}
              autoComplete="new-password"
              required
            />
            <Button type="submit" variant="primary" isBlock isBusy={form.isSubmitting}>
              {t('reset.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
