import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { SessionResponse } from '../../app/api-types';
import type { InvitationPreview } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSession } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { usePageTitle } from '../../app/ui/page-header';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { useRoleLabel } from '../../app/role-labels';
import { checkNewPassword, checkRequired, minimumPasswordLength } from '../../app/form-checks';
import { useStartSession } from './use-start-session';
import { linkTokenFragment, linkTokenFrom } from './link-token';

/**
 * The page behind an invitation e-mail (/invitations#token=...). A new person picks a name and a
 * password; someone who already has an account only confirms it is them with their existing
 * password. The token is in the fragment, so it never reaches the server's logs; it is sent in
 * POST bodies.
 */
export function AcceptInvitationPage() {
  const t = useT();
  const token = linkTokenFrom(useLocation().hash);
  const invitation = useInvitationPreview(token);
  usePageTitle(t('invitation.title'));

  return (
    <div className="card public-card">
      <p className="page-eyebrow">{t('invitation.eyebrow')}</p>
      <h1 tabIndex={-1}>{t('invitation.title')}</h1>
      {invitation.isLoading && <Loading />}
      {invitation.error &&
        // 404: unknown, used, expired or withdrawn; 400: a malformed token, such as a link cut short by a mail program.
        (invitation.error.status === 404 || invitation.error.status === 400 ? (
          <div className="stack" style={{ marginTop: 'var(--space-4)' }}>
            <Alert tone="warning" title={t('invitation.invalidTitle')} announce="none">
              {t('invitation.invalidText')}
            </Alert>
            <Link to="/sign-in">{t('invitation.goToSignIn')}</Link>
          </div>
        ) : (
          <div style={{ marginTop: 'var(--space-4)' }}>
            <ErrorAlert error={invitation.error} />
          </div>
        ))}
      {invitation.data && <AcceptForm token={token} invitation={invitation.data} />}
    </div>
  );
}

/** Links mailed before the token moved to the fragment (/invitations/<token>) still open the page. */
export function OldInvitationLink() {
  const { token = '' } = useParams();
  return <Navigate to={{ pathname: '/invitations', hash: linkTokenFragment(token) }} replace />;
}

/** What the invitation is for; no token at all (a link cut short) is answered like an unknown one. */
function useInvitationPreview(token: string) {
  const [state, setState] = useState<{ data: InvitationPreview | null; error: ApiError | null; isLoading: boolean }>({ data: null, error: null, isLoading: true });
  useEffect(() => {
    let isCurrent = true;
    setState({ data: null, error: null, isLoading: true });
    const preview = token
      ? api.post<InvitationPreview>('/api/invitations/preview', { token })
      : Promise.reject(new ApiError(404, 'not_found', 'This invitation is not valid any more; ask for a new one'));
    preview.then(
      (data) => isCurrent && setState({ data, error: null, isLoading: false }),
      (cause: unknown) => isCurrent && setState({ data: null, error: ApiError.from(cause), isLoading: false }),
    );
    return () => {
      isCurrent = false;
    };
  }, [token]);
  return state;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const { session } = useSession();
  const startSession = useStartSession();

  const form = useFormSubmit({
    validate: (data) =>
      invitation.hasAccount
        ? checkRequired(t, data, ['password'])
        : checkNewPassword(t, data, 'password', 'confirmPassword', checkRequired(t, data, ['name'])),
    submit: async (data) => {
      const password = String(data.get('password') ?? '');
      const body = invitation.hasAccount ? { password } : { name: textOf(data, 'name'), password };
      const next = await api.post<SessionResponse>('/api/invitations/accept', { token, ...body });
      startSession(next, `/o/${invitation.organizationId}`);
    },
  });

  const isSomeoneElseSignedIn = session && session.user.email.toLowerCase() !== invitation.email.toLowerCase();

  return (
    <>
      <p className="page-description">
        {t('invitation.description', {
          organization: invitation.organizationName,
          role: roleLabel(invitation.role),
        })}
      </p>
      <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {isSomeoneElseSignedIn && (
          <Alert tone="info" announce="none">
            {t('invitation.otherAccount', { email: session.user.email })}
          </Alert>
        )}
        {form.error &&
          (form.error.status === 401 ? (
            <Alert tone="danger" title={t('invitation.wrongPassword')} />
          ) : (
            <ErrorAlert error={form.error} title={t('invitation.failed')} />
          ))}
        <TextField name="email" type="email" label={t('field.email')} value={invitation.email} readOnly autoComplete="username" />
        {invitation.hasAccount ? (
          <TextField
            name="password"
            type="password"
            label={t('field.password')}
            hint={t('invitation.existingAccountHint')}
            error={form.fieldErrors.password}
            autoComplete="current-password"
            required
          />
        ) : (
          <>
            <TextField name="name" label={t('field.fullName')} error={form.fieldErrors.name} autoComplete="name" required />
            <TextField
              name="password"
              type="password"
              label={t('field.choosePassword')}
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
          </>
        )}
        <Button type="submit" variant="primary" isBlock isBusy={form.isSubmitting}>
          {invitation.hasAccount ? t('invitation.acceptExisting') : t('invitation.acceptNew')}
        </Button>
      </form>
    </>
  );
}
