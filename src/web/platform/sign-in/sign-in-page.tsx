import { useState } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { homePathFor } from '../../app/layout/current-organization';
import { useSession } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { usePageTitle } from '../../app/ui/page-header';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkEmail, checkRequired } from '../../app/form-checks';
import { requestSignIn } from './sign-in-request';
import { useStartSession } from './use-start-session';

export function SignInPage() {
  const t = useT();
  const { session } = useSession();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const startSession = useStartSession();
  // Set together with the new session, so the "already signed in" redirect below does not
  // overtake the navigation to ?next= that the sign-in itself starts.
  const [hasJustSignedIn, setHasJustSignedIn] = useState(false);
  // True while the browser works out a sign-in challenge, which can take a few seconds.
  const [isSolving, setIsSolving] = useState(false);
  usePageTitle(t('signIn.title'));

  const form = useFormSubmit({
    validate: (data) => checkEmail(t, data, 'email', checkRequired(t, data, ['email', 'password'])),
    submit: async (data) => {
      setIsSolving(false);
      try {
        const next = await requestSignIn({ email: textOf(data, 'email'), password: String(data.get('password') ?? '') }, () => setIsSolving(true));
        setHasJustSignedIn(true);
        startSession(next);
      } finally {
        setIsSolving(false);
      }
    },
  });

  if (session && !hasJustSignedIn) return <Navigate to={homePathFor(session.organizations)} replace />;

  const wasSignedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const wasPasswordReset = searchParams.get('reset') === 'done';
  const error = form.error;

  return (
    <div className="card public-card">
      <h1 tabIndex={-1}>{t('signIn.title')}</h1>
      <p className="page-description">{t('signIn.description')}</p>
      <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {wasSignedOut && !error && <Alert tone="success">{t('signIn.signedOut')}</Alert>}
        {wasPasswordReset && !error && <Alert tone="success">{t('signIn.passwordReset')}</Alert>}
        {isSolving && <Alert tone="info">{t('signIn.solvingChallenge')}</Alert>}
        {error &&
          (error.status === 401 ? (
            <Alert tone="danger" title={t('signIn.wrongCredentials')} />
          ) : (
            <ErrorAlert error={error} title={t('signIn.failed')} />
          ))}
        <TextField name="email" type="email" label={t('field.email')} error={form.fieldErrors.email} autoComplete="username" required />
        <TextField
          name="password"
          type="password"
          label={t('field.password')}
          error={form.fieldErrors.password}
          autoComplete="current-password"
          required
        />
        <Button type="submit" variant="primary" isBlock isBusy={form.isSubmitting}>
          {t('signIn.submit')}
        </Button>
        <p className="muted" style={{ textAlign: 'center', fontSize: 'var(--text-sm)' }}>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </p>
      </form>
    </div>
  );
}
