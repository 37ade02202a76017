import { useState } from 'react';
import { Navigate } from 'react-router';
import { api } from '../../app/api';
import type { OrganizationKind, SessionResponse } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSession } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { usePageTitle } from '../../app/ui/page-header';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkEmail, checkNewPassword, checkRequired, minimumPasswordLength } from '../../app/form-checks';
import { useStartSession } from '../sign-in/use-start-session';

/**
 * First run: names the first organization and creates its first administrator. Reached only while
 * the server says it needs setup; afterwards the route sends everyone to the sign-in page.
 */
export function SetupPage() {
  const t = useT();
  const { needsSetup } = useSession();
  const startSession = useStartSession();
  const [kind, setKind] = useState<OrganizationKind>('district');
  // Once this form has finished setup, its own navigation decides where to go, not the redirect below.
  const [hasFinished, setHasFinished] = useState(false);
  usePageTitle(t('setup.title'));

  const form = useFormSubmit({
    validate: (data) => {
      const errors = checkRequired(t, data, ['organizationName', 'adminName', 'adminEmail']);
      checkEmail(t, data, 'adminEmail', errors);
      return checkNewPassword(t, data, 'password', null, errors);
    },
    submit: async (data) => {
      const loadDemo = data.get('loadDemo') === 'on';
      const session = await api.post<SessionResponse>('/api/setup', {
        organizationName: textOf(data, 'organizationName'),
        organizationKind: kind,
        adminName: textOf(data, 'adminName'),
        adminEmail: textOf(data, 'adminEmail'),
        password: String(data.get('password') ?? ''),
        loadDemo,
      });
      // Whoever asked for the demo wants to look at it first; otherwise land in the organization just made.
      const landing = session.organizations.find((organization) => organization.isDemo === loadDemo);
      setHasFinished(true);
      startSession(session, landing ? `/o/${landing.id}` : undefined);
    },
  });

  if (!needsSetup && !hasFinished) return <Navigate to="/" replace />;
  const errors = form.fieldErrors;

  return (
    <div className="card public-card is-wide">
      <p className="page-eyebrow">{t('setup.eyebrow')}</p>
      <h1 tabIndex={-1}>{t('setup.title')}</h1>
      <p className="page-description">{t('setup.description')}</p>
      <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('setup.failed')} />}

        <fieldset className="fieldset">
          <legend>{t('setup.organizationSection')}</legend>
          <div className="stack">
            <TextField
              name="organizationName"
              label={t('setup.organizationName')}
              hint={t('setup.organizationNameHint')}
              error={errors.organizationName}
              autoComplete="organization"
              required
            />
            <fieldset className="fieldset">
              <legend>{t('setup.organizationKind')}</legend>
              <div className="choice-list">
                {(['district', 'network'] as const).map((option) => (
                  <label key={option} className="choice">
                    <input type="radio" name="organizationKind" value={option} checked={kind === option} onChange={() => setKind(option)} />
                    <span>
                      <span className="choice-title">{t(option === 'district' ? 'setup.kindDistrict' : 'setup.kindNetwork')}</span>
                      <span className="choice-text">{t(option === 'district' ? 'setup.kindDistrictText' : 'setup.kindNetworkText')}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('setup.adminSection')}</legend>
          <div className="stack">
            <div className="form-grid">
              <TextField name="adminName" label={t('field.fullName')} error={errors.adminName} autoComplete="name" required />
              <TextField name="adminEmail" type="email" label={t('field.email')} error={errors.adminEmail} autoComplete="email" required />
            </div>
            <TextField
              name="password"
              type="password"
              label={t('field.password')}
              hint={t('validation.passwordHint', { count: minimumPasswordLength })}
              error={errors.password}
              autoComplete="new-password"
              required
            />
          </div>
        </fieldset>

        <label className="checkbox">
          <input type="checkbox" name="loadDemo" />
          <span>
            <span className="choice-title">{t('setup.loadDemo')}</span>
            <span className="choice-text">{t('setup.loadDemoText')}</span>
          </span>
        </label>

        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
            {t('setup.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
