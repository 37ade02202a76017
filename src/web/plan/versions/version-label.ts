import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';

/** The labels the server gives frozen versions (lifecycle-rules.ts versionLabel), in the reader's language. */
const knownLabels: Record<string, MessageKey> = {
  Imported: 'versionLabel.imported',
  'Out for public comment': 'versionLabel.publicComment',
  'Amendment out for public comment': 'versionLabel.amendmentPublicComment',
  'Back to draft': 'versionLabel.backToDraft',
  'Amendment started': 'versionLabel.amendmentStarted',
  'Amendment back to drafting': 'versionLabel.amendmentBackToDrafting',
  Archived: 'versionLabel.archived',
};

export function useVersionLabel() {
  const { t, formatDate } = useI18n();
  return (label: string): string => {
    const known = knownLabels[label];
    if (known) return t(known);
    const adopted = /^(Amendment adopted|Adopted)\s*(\d{4}-\d{2}-\d{2})?$/.exec(label);
    if (adopted) {
      const key: MessageKey = adopted[1] === 'Adopted' ? 'versionLabel.adopted' : 'versionLabel.amendmentAdopted';
      return adopted[2] ? t(`${key}On` as MessageKey, { date: formatDate(adopted[2]) }) : t(key);
    }
    const discarded = /^Amendment discarded; back to version (\d+)$/.exec(label);
    if (discarded) return t('versionLabel.amendmentDiscarded', { version: discarded[1]! });
    return label;
  };
}
