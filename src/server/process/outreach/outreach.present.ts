import type { Selectable } from 'kysely';
import type { OutreachItemsTable, OutreachSendsTable } from '../tables.js';

export function presentItem(row: Selectable<OutreachItemsTable>) {
  return { id: row.id, kind: row.kind, title: row.title, subject: row.subject, body: row.body, position: row.position, version: row.version };
}

export function presentSend(row: Selectable<OutreachSendsTable>) {
  return {
    id: row.id,
    itemId: row.item_id,
    itemTitle: row.item_title,
    stakeholderGroupId: row.group_id,
    groupName: row.group_name,
    sessionId: row.session_id,
    link: row.link,
    subject: row.subject,
    sentBy: row.sent_by_label,
    sentAt: new Date(row.created_at).toISOString(),
    recipientCount: row.recipient_count,
    recipients: row.recipients as Array<{ name: string; email: string }>,
  };
}
