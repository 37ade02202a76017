import type { OutboxMessage } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { OutboxStatusBadge } from './outbox-status';

/** One message as the recipient will read it, with its delivery state. */
export function MessageDialog({ message, onClose }: { message: OutboxMessage | null; onClose: () => void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Dialog
      isOpen={message !== null}
      title={message?.subject ?? ''}
      onClose={onClose}
      isWide
      footer={<Button onClick={onClose}>{t('action.close')}</Button>}
    >
      {message && (
        <div className="stack">
          <dl className="details-list">
            <dt>{t('outbox.to')}</dt>
            <dd>{message.to}</dd>
            <dt>{t('outbox.status')}</dt>
            <dd>
              <OutboxStatusBadge status={message.status} />
            </dd>
            <dt>{t('outbox.created')}</dt>
            <dd>{formatDateTime(message.createdAt)}</dd>
            <dt>{t('outbox.sent')}</dt>
            <dd>{message.sentAt ? formatDateTime(message.sentAt) : '—'}</dd>
          </dl>
          {message.status === 'held' && <Alert tone="info" announce="none">{t('outbox.heldExplanation')}</Alert>}
          {message.lastError && (
            <Alert tone="danger" title={t('outbox.lastError')} announce="none">
              <span className="mono">{message.lastError}</span>
            </Alert>
          )}
          <div>
            <h3 className="section-title">{t('outbox.body')}</h3>
            <pre className="message-body">{message.body}</pre>
          </div>
        </div>
      )}
    </Dialog>
  );
}
