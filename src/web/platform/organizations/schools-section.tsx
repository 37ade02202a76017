import { ResourceStates } from '../../app/ui/resource-states';
import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { School } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert, useErrorMessage } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkRequired } from '../../app/form-checks';

/** The district's schools: later areas break plans and results down by school. */
export function SchoolsSection({ organizationId }: { organizationId: string }) {
  const t = useT();
  const describe = useErrorMessage();
  const path = `/api/organizations/${organizationId}/schools`;
  const schools = useResource<{ schools: School[] }>(path);
  const [removing, setRemoving] = useState<School | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const list = [...(schools.data?.schools ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name']),
    submit: async (data) => {
      const code = textOf(data, 'code');
      const school = await api.post<School>(path, { name: textOf(data, 'name'), ...(code ? { code } : {}) });
      schools.setData((current) => ({ schools: [...(current?.schools ?? []), school] }));
      form.formRef.current?.reset();
      setNotice({ tone: 'success', text: t('schools.added', { name: school.name }) });
    },
  });

  const remove = async (school: School) => {
    setIsRemoving(true);
    try {
      await api.delete(`${path}/${school.id}`);
      schools.setData((current) => current && { schools: current.schools.filter((item) => item.id !== school.id) });
      setNotice({ tone: 'success', text: t('schools.removed', { name: school.name }) });
    } catch (error) {
      setNotice({ tone: 'danger', text: error instanceof ApiError ? describe(error) : String(error) });
    } finally {
      setIsRemoving(false);
      setRemoving(null);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-schools">
      <div className="card-header">
        <div>
          <h2 id="settings-schools">{t('schools.title')}</h2>
          <p>{t('schools.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit} aria-label={t('schools.addLabel')}>
          {form.error && <ErrorAlert error={form.error} title={t('schools.addFailed')} />}
          <div className="inline-form">
            <TextField name="name" label={t('schools.name')} error={form.fieldErrors.name} required />
            <TextField name="code" label={t('schools.code')} error={form.fieldErrors.code} isOptional className="field-narrow" />
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('schools.add')}
            </Button>
          </div>
        </form>
        {notice && (
          <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
            {notice.text}
          </Alert>
        )}
      </div>
      <div className="card-body is-flush" style={{ borderTop: '1px solid var(--color-border)' }}>
        <ResourceStates
          resource={schools}
          isEmpty={list.length === 0}
          emptyIcon="school"
          emptyTitle={t('schools.emptyTitle')}
          emptyText={t('schools.emptyText')}
        >
          <table className="table table-stack">
            <caption className="visually-hidden">{t('schools.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schools.name')}</th>
                <th scope="col">{t('schools.code')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('people.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((school) => (
                <tr key={school.id}>
                  <th scope="row" className="cell-primary">
                    {school.name}
                  </th>
                  <td data-label={t('schools.code')}>{school.code ? <span className="mono">{school.code}</span> : <span className="muted">—</span>}</td>
                  <td className="cell-actions">
                    <Button variant="quiet-danger" size="small" onClick={() => setRemoving(school)} aria-label={t('schools.removeFor', { name: school.name })}>
                      {t('action.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResourceStates>
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('schools.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('action.remove')}
        isBusy={isRemoving}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        <p>{t('schools.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
