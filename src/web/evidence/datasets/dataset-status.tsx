import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Badge, type BadgeTone } from '../../app/ui/badge';
import type { DatasetStatus } from '../api-types';

const statusWords: Record<DatasetStatus, { label: MessageKey; tone: BadgeTone }> = {
  needs_mapping: { label: 'datasets.status.needs_mapping', tone: 'warning' },
  importing: { label: 'datasets.status.importing', tone: 'info' },
  ready: { label: 'datasets.status.ready', tone: 'success' },
  failed: { label: 'datasets.status.failed', tone: 'danger' },
  cancelled: { label: 'datasets.status.cancelled', tone: 'neutral' },
};

/** A dataset's status in words, with the colour of a badge (the words carry the meaning). */
export function DatasetStatusBadge({ status }: { status: DatasetStatus }) {
  const t = useT();
  const words = statusWords[status] ?? statusWords.failed;
  return <Badge tone={words.tone}>{t(words.label)}</Badge>;
}
