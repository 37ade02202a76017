import { useI18n } from '../../app/i18n/i18n-provider';
import { ResourceStates } from '../../app/ui/resource-states';
import type { Resource } from '../../app/use-resource';
import type { OutreachSend } from './outreach-api';

/** Invitations sent from the kit, newest first, with who received each. */
export function SendHistory({ sends }: { sends: Resource<{ sends: OutreachSend[] }> }) {
  const { t, formatDateTime } = useI18n();
  const rows = sends.data?.sends ?? [];
  return (
    <section className="card" aria-labelledby="history-heading">
      <div className="card-header">
        <h2 id="history-heading">{t('history.title')}</h2>
      </div>
      <ResourceStates resource={sends} isEmpty={rows.length === 0} errorTitle={t('history.loadFailed')} emptyIcon="mail" emptyTitle={t('history.emptyTitle')} emptyText={t('history.emptyText')}>
        <div className="table-wrap">
          <table className="table table-stack">
            <thead>
              <tr>
                <th scope="col">{t('history.column.item')}</th>
                <th scope="col">{t('history.column.when')}</th>
                <th scope="col">{t('history.column.group')}</th>
                <th scope="col">{t('history.column.recipients')}</th>
                <th scope="col">{t('history.column.by')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((send) => (
                <tr key={send.id}>
                  <td className="cell-primary">
                    <strong>{send.itemTitle}</strong>
                    <span className="cell-sub">{send.subject}</span>
                  </td>
                  <td data-label={t('history.column.when')}>{formatDateTime(send.sentAt)}</td>
                  <td data-label={t('history.column.group')}>{send.groupName}</td>
                  <td data-label={t('history.column.recipients')}>
                    <details className="send-recipients">
                      <summary>{t('history.recipientCount', { count: send.recipientCount })}</summary>
                      <ul>
                        {send.recipients.map((r) => (
                          <li key={r.email}>{r.name ? `${r.name} <${r.email}>` : r.email}</li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td data-label={t('history.column.by')}>{send.sentBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ResourceStates>
    </section>
  );
}
