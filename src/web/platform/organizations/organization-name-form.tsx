import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { Organization } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkRequired } from '../../app/form-checks';

/**
 * Renames the organization. The version read with the form goes back with the change; if someone
 * renamed it meanwhile the server refuses (409) and the form shows their name instead of overwriting it.
 */
export function OrganizationNameForm({ organizationId }: { organizationId: string }) {
  const t = useT();
  const { refreshSession } = useSignedIn();
  const organization = useResource<Organization>(`/api/organizations/${organizationId}`);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name']),
    submit: async (data) => {
      const current = organization.data;
      if (!current) return;
      setNotice(null);
      try {
        const saved = await api.patch<Organization>(`/api/organizations/${organizationId}`, { name: textOf(data, 'name'), version: current.version });
        organization.setData(saved);
        setNotice({ tone: 'success', text: t('settings.nameSaved') });
        // The name shows in the switcher and the navigation, which come from the session.
        await refreshSession();
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict') {
          const latest = error.body.current as Organization | undefined;
          if (latest) organization.setData(latest);
          else await organization.reload();
          setNotice({ tone: 'warning', text: t('settings.nameConflict') });
          return;
        }
        throw error;
      }
    },
  });

  return (
    <section className="card" aria-labelledby="settings-name">
      <div className="card-header">
        <div>
          <h2 id="settings-name">{t('settings.nameTitle')}</h2>
          <p>{t('settings.nameDescription')}</p>
        </div>
      </div>
      <div className="card-body">
        {organization.isLoading && !organization.data && <Loading />}
        {organization.error && <ErrorAlert error={organization.error} />}
        {organization.data && (
          <form ref={form.formRef} key={organization.data.version} className="form" noValidate onSubmit={form.onSubmit}>
            {notice && (
              <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
                {notice.text}
              </Alert>
            )}
            {form.error && <ErrorAlert error={form.error} title={t('settings.nameFailed')} />}
            <div style={{ maxWidth: '32rem' }}>
              <TextField name="name" label={t('settings.nameLabel')} defaultValue={organization.data.name} error={form.fieldErrors.name} required />
            </div>
            <div className="form-actions">
              <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
                {t('action.save')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
