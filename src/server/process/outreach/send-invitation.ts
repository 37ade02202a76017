import { fillMergeFields, type MergeField } from '../../../core/process/merge-fields.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { sharedMergeValues } from './merge-values.js';
import { outreachRepo } from './outreach.repo.js';
import { presentSend } from './outreach.present.js';

/** Which request field would have given a value to a merge field still empty at send time. */
const neededFrom: Partial<Record<MergeField, string>> = { session_name: '/sessionId', session_date: '/sessionId', link: '/link' };

/**
 * Sends an email invitation to every contact of a stakeholder group through the platform's mail:
 * one message each, addressed by name, queued in the outbox inside the transaction that logs the
 * send and records the audit event, then handed to delivery once committed.
 */
export async function sendInvitation(options: {
  ctx: AppContext;
  actor: Actor;
  senderName: string;
  locale: 'en' | 'es';
  organizationId: string;
  cycleId: string;
  itemId: string;
  groupId: string;
  sessionId?: string | null;
  link?: string | null;
}) {
  const { ctx, actor, organizationId, cycleId, itemId, groupId } = options;
  const { send, messageIds } = await inTransaction(ctx.db, async (trx) => {
    const cycle = await outreachRepo.findCycle(trx, organizationId, cycleId);
    if (!cycle) throw notFound('Cycle');
    const item = await outreachRepo.findItem(trx, cycleId, itemId);
    if (!item) throw notFound('Outreach item');
    if (item.kind !== 'email_invitation') throw new AppError('invalid_input', 'Only an email invitation can be sent', [{ path: 'params/outreachItemId', message: 'is not an email invitation', code: 'email_invitation_only' }]);
    const group = await outreachRepo.findGroup(trx, cycleId, groupId);
    if (!group) throw invalidInput('/stakeholderGroupId', 'is not a stakeholder group of this cycle', { code: 'not_in_this_cycle' });
    const contacts = (group.contacts ?? []) as Array<{ name: string; email: string }>;
    if (!contacts.length) throw invalidInput('/stakeholderGroupId', 'has no contacts to send to; add some to the group first', { code: 'no_contacts' });
    const { values } = await sharedMergeValues({ db: trx, cycleId, districtName: cycle.district_name, sessionId: options.sessionId, link: options.link, locale: options.locale });
    const subject = fillMergeFields(item.subject ?? '', values);
    const body = fillMergeFields(item.body, values);
    const missing = [...subject.missing, ...body.missing].filter((field) => field !== 'recipient_name');
    for (const field of missing) {
      const path = neededFrom[field];
      if (path) throw invalidInput(path, `is needed: the invitation uses {{${field}}}`, { code: 'merge_field_needed', params: { field: `{{${field}}}` } });
    }
    const messageIds: string[] = [];
    for (const contact of contacts) {
      const personal = { recipient_name: contact.name || contact.email };
      const mail = { organizationId, to: contact.email, subject: fillMergeFields(subject.text, personal).text, text: fillMergeFields(body.text, personal).text };
      messageIds.push(await queueMail(trx, mail, ctx.mail.statusForNewMail));
    }
    const send = await outreachRepo.insertSend(trx, cycleId, organizationId, {
      itemId: item.id,
      itemTitle: item.title,
      groupId: group.id,
      groupName: group.name,
      sessionId: options.sessionId ?? null,
      link: options.link ?? null,
      subject: subject.text,
      sentBy: actor.userId,
      sentByLabel: options.senderName,
      recipients: contacts,
    });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'outreach.invitation_sent',
      entityType: 'outreach_send',
      entityId: send.id,
      after: { item: item.title, group: group.name, recipientCount: contacts.length },
    });
    return { send, messageIds };
  });
  await ctx.mail.dispatch(messageIds);
  return send;
}

