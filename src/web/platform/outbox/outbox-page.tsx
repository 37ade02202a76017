import { useState } from 'react';
import { NavLink } from 'react-router';
import type { OutboxMessage } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useNavigationOrganization, useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission, useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { usePagedList } from '../../app/use-paged-list';
import { MessageDialog } from './message-dialog';
import { OutboxStatusBadge } from './outbox-status';
import './outbox.css';

export function OrganizationOutboxPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  return (
    <OutboxView
      path={`/api/organizations/${organization!.id}/outbox`}
      eyebrow={organization!.name}
        titleContext={organization!.name}
      title={t('outbox.title')}
      description={t('outbox.description')}
    />
  );
}

/** Operators read every message of the instance, including password resets that belong to no organization. */
export function InstanceOutboxPage() {
  const { t } = useI18n();
  return <OutboxView path="/api/outbox" eyebrow={t('nav.instance')} title={t('outbox.instanceTitle')} description={t('outbox.instanceDescription')} />;
}

interface OutboxViewProps {
  path: string;
  eyebrow: string;
  titleContext?: string;
  title: string;
  description: string;
}

function OutboxView({ path, eyebrow, titleContext, title, description }: OutboxViewProps) {
  const { t, formatDateTime } = useI18n();
  const messages = usePagedList(path, (body: { messages: OutboxMessage[]; nextBefore: string | null }) => ({ items: body.messages, nextBefore: body.nextBefore }));
  const [reading, setReading] = useState<OutboxMessage | null>(null);

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={eyebrow}
        titleContext={titleContext}
        title={title}
        description={description}
        actions={
          <Button onClick={messages.reload} isBusy={messages.isLoading}>
            {t('action.refresh')}
          </Button>
        }
      />
      <OutboxScopeTabs />
      <section className="card" aria-label={title}>
        {messages.error && (
          <div className="card-body">
            <ErrorAlert error={messages.error} title={t('outbox.loadFailed')} />
          </div>
        )}
        {messages.isLoading && <Loading />}
        {!messages.isLoading && !messages.error && messages.items.length === 0 && (
          <EmptyState icon="mail" title={t('outbox.emptyTitle')}>
            {t('outbox.emptyText')}
          </EmptyState>
        )}
        {messages.items.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="table table-stack">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('outbox.subject')}</th>
                    <th scope="col">{t('outbox.to')}</th>
                    <th scope="col">{t('outbox.status')}</th>
                    <th scope="col">{t('outbox.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {messages.items.map((message) => (
                    <tr key={message.id}>
                      <th scope="row" className="cell-primary">
                        <button type="button" className="link-button" onClick={() => setReading(message)}>
                          {message.subject}
                        </button>
                      </th>
                      <td data-label={t('outbox.to')} className="cell-wrap">{message.to}</td>
                      <td data-label={t('outbox.status')}>
                        <OutboxStatusBadge status={message.status} />
                      </td>
                      <td data-label={t('outbox.created')} className="cell-date">
                        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {messages.hasMore && (
              <div className="table-footer">
                <Button isBusy={messages.isLoadingMore} onClick={messages.loadMore}>
                  {t('action.loadMore')}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
      <MessageDialog message={reading} onClose={() => setReading(null)} />
    </div>
  );
}

/** Operators switch between the organization's mail and the whole instance's. */
function OutboxScopeTabs() {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const organization = useNavigationOrganization();
  if (!user.isOperator) return null;
  const canReadOrganization = hasPermission(organization, 'outbox.read');
  return (
    <nav className="segmented" aria-label={t('outbox.scopeLabel')}>
      {canReadOrganization && organization && (
        <NavLink className="segmented-item" to={`/o/${organization.id}/outbox`}>
          {organization.name}
        </NavLink>
      )}
      <NavLink className="segmented-item" to="/outbox">
        {t('outbox.wholeInstance')}
      </NavLink>
    </nav>
  );
}
