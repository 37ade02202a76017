import { ResourceStates } from '../../app/ui/resource-states';
import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { ApiToken, CreatedApiToken } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert, useErrorMessage } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkRequired } from '../../app/form-checks';
import { NewTokenDialog } from './new-token-dialog';

/** Personal API tokens: for scripts and data tools that act as this person, with their permissions. */
export function ApiTokensSection() {
  const { t, formatDate, formatDateTime } = useI18n();
  const describe = useErrorMessage();
  const tokens = useResource<{ tokens: ApiToken[] }>('/api/account/tokens');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [isRevoking, setIsRevoking] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const list = tokens.data?.tokens ?? [];

  const form = useFormSubmit({
    validate: (data) => checkRequired(t, data, ['name']),
    submit: async (data) => {
      setNotice(null);
      const token = await api.post<CreatedApiToken>('/api/account/tokens', { name: textOf(data, 'name') });
      form.formRef.current?.reset();
      const { token: _secret, ...listed } = token;
      tokens.setData((current) => ({ tokens: [{ ...listed, lastUsedAt: null }, ...(current?.tokens ?? [])] }));
      setCreated(token);
    },
  });

  const revoke = async (token: ApiToken) => {
    setIsRevoking(true);
    try {
      await api.delete(`/api/account/tokens/${token.id}`);
      tokens.setData((current) => current && { tokens: current.tokens.filter((item) => item.id !== token.id) });
      setNotice({ tone: 'success', text: t('tokens.revoked', { name: token.name }) });
    } catch (error) {
      setNotice({ tone: 'danger', text: error instanceof ApiError ? describe(error) : String(error) });
    } finally {
      setIsRevoking(false);
      setRevoking(null);
    }
  };

  return (
    <section className="card" aria-labelledby="account-tokens">
      <div className="card-header">
        <div>
          <h2 id="account-tokens">{t('tokens.title')}</h2>
          <p>{t('tokens.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit} aria-label={t('tokens.createLabel')}>
          {form.error && <ErrorAlert error={form.error} title={t('tokens.createFailed')} />}
          <div className="inline-form">
            <TextField name="name" label={t('tokens.name')} hint={t('tokens.nameHint')} error={form.fieldErrors.name} autoComplete="off" required />
            <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
              {t('tokens.create')}
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
          resource={tokens}
          isEmpty={list.length === 0}
          emptyIcon="key"
          emptyTitle={t('tokens.emptyTitle')}
          emptyText={t('tokens.emptyText')}
        >
          <table className="table table-stack">
            <caption className="visually-hidden">{t('tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('people.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((token) => (
                <tr key={token.id}>
                  <th scope="row" className="cell-primary">
                    {token.name}
                  </th>
                  <td data-label={t('tokens.created')} className="cell-date">{formatDate(token.createdAt)}</td>
                  <td data-label={t('tokens.lastUsed')} className="cell-date">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">{t('tokens.neverUsed')}</span>}</td>
                  <td className="cell-actions">
                    <Button variant="quiet-danger" size="small" onClick={() => setRevoking(token)} aria-label={t('tokens.revokeFor', { name: token.name })}>
                      {t('tokens.revoke')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResourceStates>
      </div>
      <NewTokenDialog token={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        isBusy={isRevoking}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && void revoke(revoking)}
      >
        <p>{t('tokens.revokeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
