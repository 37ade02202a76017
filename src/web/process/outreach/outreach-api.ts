import type { MergeField } from '../../../core/process/merge-fields';
import type { MessageKey } from '../../app/i18n/message-catalogue';

export type OutreachKind = 'email_invitation' | 'talking_points' | 'script' | 'commitment' | 'agenda_template';
export const outreachKinds: readonly OutreachKind[] = ['email_invitation', 'talking_points', 'script', 'commitment', 'agenda_template'];

export interface OutreachItem {
  id: string;
  kind: OutreachKind;
  title: string;
  subject: string | null;
  body: string;
  position: number;
  version: number;
}
export interface OutreachKit {
  items: OutreachItem[];
  mergeFields: MergeField[];
}
export interface OutreachPreview {
  subject: string | null;
  body: string;
  missing: MergeField[];
}
export interface OutreachSend {
  id: string;
  itemId: string | null;
  itemTitle: string;
  stakeholderGroupId: string | null;
  groupName: string;
  sessionId: string | null;
  link: string | null;
  subject: string;
  sentBy: string;
  sentAt: string;
  recipientCount: number;
  recipients: Array<{ name: string; email: string }>;
}

export const outreachApi = {
  kit: (cycleId: string) => `/api/cycles/${cycleId}/outreach`,
  starterKit: (cycleId: string) => `/api/cycles/${cycleId}/outreach/starter-kit`,
  items: (cycleId: string) => `/api/cycles/${cycleId}/outreach/items`,
  item: (cycleId: string, id: string) => `/api/cycles/${cycleId}/outreach/items/${id}`,
  preview: (cycleId: string, id: string) => `/api/cycles/${cycleId}/outreach/items/${id}/preview`,
  send: (cycleId: string, id: string) => `/api/cycles/${cycleId}/outreach/items/${id}/send`,
  sends: (cycleId: string) => `/api/cycles/${cycleId}/outreach/sends`,
};

export const kindLabel = (kind: OutreachKind) => `outreach.kind.${kind}` as MessageKey;
export const mergeFieldLabel = (field: MergeField) => `outreach.field.${field}` as MessageKey;

/** A link the server will take: http or https only; anything else is left out of a preview. */
export function isHttpLink(value: string) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
