import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import type { NetworkDistrict } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkRequired } from '../../app/form-checks';
import { NetworkDistrictsList } from './network-districts-list';

/** A network adds the districts it supports; network administrators reach each new one at once. */
export function CreateDistrictSection({ organizationId, canCreate }: { organizationId: string; canCreate: boolean }) {
  const t = useT();
  const { refreshSession } = useSignedIn();
  const districts = useResource<{ districts: NetworkDistrict[] }>(`/api/organizations/${organizationId}/districts`);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name']),
    submit: async (data) => {
      const district = await api.post<{ id: string; name: string; slug: string }>(`/api/organizations/${organizationId}/districts`, { name: textOf(data, 'name') });
      form.formRef.current?.reset();
      setCreated(district);
      await Promise.all([districts.reload(), refreshSession()]);
    },
  });

  return (
    <div className="stack-lg" id="districts">
      {canCreate && (
        <section className="card" aria-labelledby="settings-create-district">
          <div className="card-header">
            <div>
              <h2 id="settings-create-district">{t('districts.createTitle')}</h2>
              <p>{t('districts.createDescription')}</p>
            </div>
          </div>
          <div className="card-body stack">
            <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit} aria-label={t('districts.createTitle')}>
              {form.error && <ErrorAlert error={form.error} title={t('districts.createFailed')} />}
              <div className="inline-form">
                <TextField name="name" label={t('districts.name')} error={form.fieldErrors.name} required />
                <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
                  {t('districts.create')}
                </Button>
              </div>
            </form>
            {created && (
              <Alert tone="success" onDismiss={() => setCreated(null)}>
                {t('districts.created', { name: created.name })} <Link to={`/o/${created.id}`}>{t('districts.open', { name: created.name })}</Link>
              </Alert>
            )}
          </div>
        </section>
      )}
      <NetworkDistrictsList organizationId={organizationId} resource={districts} canCreate={false} />
    </div>
  );
}
