import type { OutboxStatus } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Badge, type BadgeTone } from '../../app/ui/badge';

const statusDisplay: Record<OutboxStatus, { tone: BadgeTone; label: MessageKey }> = {
  held: { tone: 'warning', label: 'outbox.status.held' },
  pending: { tone: 'info', label: 'outbox.status.pending' },
  sent: { tone: 'success', label: 'outbox.status.sent' },
  failed: { tone: 'danger', label: 'outbox.status.failed' },
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = useT();
  const display = statusDisplay[status] ?? { tone: 'neutral' as const, label: null };
  return <Badge tone={display.tone}>{display.label ? t(display.label) : status}</Badge>;
}
