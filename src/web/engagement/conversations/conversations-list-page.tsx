import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { StatusBadge } from '../surveys/survey-words';
import { conversationModeLabel, promptOf } from './conversation-words';
import { conversationPath, conversationsApi, type ConversationSummary } from './conversations-api';
import { NewConversationDialog } from './new-conversation-dialog';
import '../surveys/surveys.css';
import './conversations.css';

/** The district's conversations, newest first: prompt, status, way of responding, participants and statements; planners start a new one. */
export function ConversationsListPage() {
  const { t, locale, formatDate } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const conversations = useResource<{ conversations: ConversationSummary[] }>(conversationsApi.list(organizationId));
  const [isCreating, setIsCreating] = useState(false);
  const list = conversations.data?.conversations ?? [];
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  const dates = (c: ConversationSummary) => {
    if (c.opens_at && c.closes_at) return t('surveys.datesRange', { start: formatDate(c.opens_at), end: formatDate(c.closes_at) });
    if (c.closes_at) return t('surveys.datesUntil', { end: formatDate(c.closes_at) });
    if (c.opens_at) return t('surveys.datesFrom', { start: formatDate(c.opens_at) });
    return t('surveys.datesNone');
  };

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('conversations.title')}
        description={t('conversations.description')}
        actions={
          canEdit && (
            <Button variant="primary" onClick={() => setIsCreating(true)}>
              <Icon name="plus" size={16} />
              {t('conversations.new')}
            </Button>
          )
        }
      />
      <section className="card" aria-labelledby="conversations-heading">
        <div className="card-header">
          <h2 id="conversations-heading">{t('conversations.listTitle')}</h2>
        </div>
        <ResourceStates
          resource={conversations}
          isEmpty={list.length === 0}
          errorTitle={t('conversations.loadFailed')}
          emptyIcon="inbox"
          emptyTitle={t('conversations.empty')}
          emptyText={canEdit ? t('conversations.emptyEdit') : undefined}
        >
          <div className="table-wrap">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">{t('conversations.column.prompt')}</th>
                  <th scope="col">{t('conversations.column.status')}</th>
                  <th scope="col">{t('conversations.column.mode')}</th>
                  <th scope="col">{t('conversations.column.participants')}</th>
                  <th scope="col">{t('conversations.column.statements')}</th>
                  <th scope="col">{t('conversations.column.dates')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td className="cell-primary">
                      <Link to={conversationPath(organizationId, c.id, c.status === 'draft' || c.mode === 'rate' ? '' : 'opinion-groups')}>{promptOf(c, locale) || t('conversations.untitled')}</Link>
                    </td>
                    <td data-label={t('conversations.column.status')}>
                      <StatusBadge status={c.status} />
                    </td>
                    <td data-label={t('conversations.column.mode')}>{t(conversationModeLabel(c.mode))}</td>
                    <td data-label={t('conversations.column.participants')}>{number(c.counts.participants)}</td>
                    <td data-label={t('conversations.column.statements')}>
                      {number(c.counts.statements)}
                      {c.counts.pending > 0 && <span className="conversation-pending"> · {t('conversations.pendingCount', { count: c.counts.pending })}</span>}
                    </td>
                    <td data-label={t('conversations.column.dates')} className="cell-date">
                      {dates(c)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      {canEdit && <NewConversationDialog isOpen={isCreating} districtId={organizationId} onClose={() => setIsCreating(false)} />}
    </div>
  );
}
