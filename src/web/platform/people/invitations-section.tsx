import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { SessionOrganization } from '../../app/api-types';
import type { Invitation } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert, useErrorMessage } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import type { Resource } from '../../app/use-resource';
import { InviteForm } from './invite-form';
import { roleTone, useRoleLabel } from '../../app/role-labels';

interface InvitationsSectionProps {
  organization: SessionOrganization;
  resource: Resource<{ invitations: Invitation[] }>;
}

/** Inviting someone, and the invitations not yet accepted (each can be withdrawn). */
export function InvitationsSection({ organization, resource }: InvitationsSectionProps) {
  const { t, formatDate } = useI18n();
  const roleLabel = useRoleLabel();
  const describe = useErrorMessage();
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const invitations = resource.data?.invitations ?? [];

  const revoke = async (invitation: Invitation) => {
    setRevokingId(invitation.id);
    setFeedback(null);
    try {
      await api.delete(`/api/organizations/${organization.id}/invitations/${invitation.id}`);
      resource.setData((current) => current && { invitations: current.invitations.filter((item) => item.id !== invitation.id) });
      setFeedback({ tone: 'success', text: t('invitations.revoked', { email: invitation.email }) });
    } catch (error) {
      setFeedback({ tone: 'danger', text: error instanceof ApiError ? describe(error) : String(error) });
    } finally {
      setRevokingId(null);
    }
  };

  return (
    <section className="card" aria-labelledby="invitations-heading">
      <div className="card-header">
        <div>
          <h2 id="invitations-heading">{t('invitations.title')}</h2>
          <p>{t('invitations.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        <InviteForm
          organization={organization}
          onInvited={(invitation) => {
            resource.setData((current) => ({ invitations: [invitation, ...(current?.invitations ?? [])] }));
            setFeedback({ tone: 'success', text: t('invitations.sent', { email: invitation.email }) });
          }}
        />
        {feedback && (
          <Alert tone={feedback.tone} onDismiss={() => setFeedback(null)}>
            {feedback.text}
          </Alert>
        )}
      </div>
      <div className="card-body is-flush">
        <h3 className="card-subheading">{t('invitations.pendingTitle')}</h3>
        {resource.isLoading && !resource.data && <Loading />}
        {resource.error && (
          <div className="card-body">
            <ErrorAlert error={resource.error} />
          </div>
        )}
        {resource.data && invitations.length === 0 && (
          <div>
            <EmptyState icon="mail" title={t('invitations.emptyTitle')}>
              {t('invitations.emptyText')}
            </EmptyState>
          </div>
        )}
        {invitations.length > 0 && (
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('invitations.pendingTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.email')}</th>
                  <th scope="col">{t('people.column.role')}</th>
                  <th scope="col">{t('invitations.invitedBy')}</th>
                  <th scope="col">{t('invitations.expires')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('people.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row" className="cell-primary">
                      {invitation.email}
                      <span className="cell-sub">{t('invitations.sentOn', { date: formatDate(invitation.createdAt) })}</span>
                    </th>
                    <td data-label={t('people.column.role')}>
                      <Badge tone={roleTone[invitation.role]}>{roleLabel(invitation.role)}</Badge>
                    </td>
                    <td data-label={t('invitations.invitedBy')}>{invitation.invitedBy ?? <span className="muted">—</span>}</td>
                    <td data-label={t('invitations.expires')} className="cell-date">{formatDate(invitation.expiresAt)}</td>
                    <td className="cell-actions">
                      <Button
                        variant="quiet-danger"
                        size="small"
                        isBusy={revokingId === invitation.id}
                        onClick={() => void revoke(invitation)}
                        aria-label={t('invitations.revokeFor', { email: invitation.email })}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
