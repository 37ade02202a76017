import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DB } from '../../db/schema.js';
import type { ReminderKind } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { hashToken, newSecretToken } from '../../auth/secrets.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { listOwedUpdates } from '../updates/list-owed-updates.js';
import { loadMonitoringSettings } from '../updates/save-monitoring-settings.js';
import { addDays } from '../updates/element-periods.js';
import { daysBetween, planReminders, type OpenItem, type PlannedMail, type ReminderPerson } from './plan-reminders.js';
import { digestMessage, dueSoonMessage, escalationMessage, overdueMessage, type ReminderItem } from './reminder-messages.js';
import { remindersRepo, type ReminderRow } from './reminders.repo.js';

/** One reminder as the "run now" answer lists it: a digest lists one per item it names. */
export interface SentReminderSummary {
  kind: ReminderKind;
  to: string;
  elementKey: string;
  periodLabel: string;
}

/**
 * One day's reminder sweep of one district: what each owner owes (listOwedUpdates), judged by the
 * district's schedule against what was already sent (planReminders). Mail, single-use links and
 * the record of what was sent are written in one transaction under a per-district lock, so a
 * re-run or a second process the same day sends nothing twice; delivery starts after the commit.
 */
export async function sendUpdateReminders(options: { ctx: AppContext; organizationId: string; today: string }): Promise<SentReminderSummary[]> {
  const { ctx, organizationId, today } = options;
  const { summaries, messageIds } = await inTransaction(ctx.db, async (trx) => {
    await remindersRepo.lockDistrict(trx, organizationId);
    const districtName = await remindersRepo.districtName(trx, organizationId);
    if (!districtName) return { summaries: [], messageIds: [] };
    const owed = await listOwedUpdates({ db: trx, organizationId, today });
    const items: OpenItem[] = owed.filter((o) => o.state !== 'done');
    if (items.length === 0) return { summaries: [], messageIds: [] };
    const settings = await loadMonitoringSettings(trx, organizationId);
    const mails = planReminders({
      today,
      schedule: settings,
      items,
      people: await peopleFor(trx, organizationId, items),
      sent: await remindersRepo.sentFor(trx, organizationId, [...new Set(items.map((i) => i.planId))]),
    });
    const summaries: SentReminderSummary[] = [];
    const messageIds: string[] = [];
    for (const mail of mails) {
      const written = await writeMail(ctx, trx, { organizationId, districtName, today, graceDays: settings.updateLinkGraceDays, mail });
      messageIds.push(written.messageId);
      await remindersRepo.recordSent(trx, written.rows);
      summaries.push(...written.rows.map((r) => ({ kind: r.kind, to: mail.to.email, elementKey: r.elementKey, periodLabel: r.periodLabel })));
    }
    return { summaries, messageIds };
  });
  await ctx.mail.dispatch(messageIds);
  return summaries;
}

/** The sweep for every district with owners; one district's failure does not stop the others. */
export async function sendAllUpdateReminders(options: { ctx: AppContext; today: string; onError?: (organizationId: string, error: Error) => void }) {
  let sent = 0;
  for (const organizationId of await remindersRepo.districtsWithOwners(options.ctx.db)) {
    try {
      sent += (await sendUpdateReminders({ ctx: options.ctx, organizationId, today: options.today })).length;
    } catch (error) {
      options.onError?.(organizationId, error as Error);
    }
  }
  return sent;
}

/** The owners and their supervisors, active members only: nobody else is mailed. */
async function peopleFor(trx: Transaction<DB>, organizationId: string, items: readonly OpenItem[]) {
  const toPerson = (row: Awaited<ReturnType<typeof remindersRepo.people>>[number]): ReminderPerson => ({
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    supervisorId: row.supervisor_id,
    wantsDailyDigest: row.wants_daily_digest ?? false,
  });
  const owners = (await remindersRepo.people(trx, organizationId, [...new Set(items.map((i) => i.userId))])).map(toPerson);
  const people = new Map(owners.map((p) => [p.id, p]));
  const supervisorIds = [...new Set(owners.map((p) => p.supervisorId).filter((id): id is string => id !== null && !people.has(id)))];
  for (const row of await remindersRepo.people(trx, organizationId, supervisorIds)) people.set(row.id, toPerson(row));
  return people;
}

/** Writes one mail to the outbox, with a fresh single-use link per item for the owner's own mails. */
async function writeMail(ctx: AppContext, trx: Transaction<DB>, options: { organizationId: string; districtName: string; today: string; graceDays: number; mail: PlannedMail }) {
  const { organizationId, districtName, today, graceDays, mail } = options;
  const to = mail.to;
  const row = (item: OpenItem, kind: ReminderKind): ReminderRow => ({ organizationId, planId: item.planId, elementKey: item.elementKey, periodLabel: item.periodLabel, userId: item.userId, kind, sentOn: today });
  const describe = (item: OpenItem, link?: { url: string; expiresOn: string }): ReminderItem => ({ ...item, daysLate: daysBetween(item.dueOn, today), link: link?.url, linkExpiresOn: link?.expiresOn });
  // Past the grace period a reminder still goes out, without a link: the owner signs in to post.
  const linked = async (item: OpenItem) => {
    const expiresOn = updateLinkExpiresOn(item, graceDays);
    return describe(item, expiresOn >= today ? { url: await newUpdateLink(ctx, trx, organizationId, item, expiresOn), expiresOn } : undefined);
  };

  let message: { subject: string; text: string };
  let rows: ReminderRow[];
  switch (mail.kind) {
    case 'before':
    case 'overdue': {
      const compose = mail.kind === 'before' ? dueSoonMessage : overdueMessage;
      message = compose({ name: to.name, districtName, item: await linked(mail.item), locale: to.locale });
      rows = [row(mail.item, mail.kind)];
      break;
    }
    case 'escalation':
      message = escalationMessage({ name: to.name, ownerName: mail.owner.name, ownerEmail: mail.owner.email, districtName, item: describe(mail.item), locale: to.locale });
      rows = [row(mail.item, 'escalation')];
      break;
    case 'digest': {
      const items: ReminderItem[] = [];
      for (const item of mail.items) items.push(await linked(item));
      message = digestMessage({ name: to.name, districtName, today, items, locale: to.locale });
      rows = mail.items.map((item) => row(item, 'digest'));
      break;
    }
  }
  const messageId = await queueMail(trx, { organizationId, to: to.email, ...message }, ctx.mail.statusForNewMail);
  return { messageId, rows };
}

/**
 * The last day a mailed link works: the period's due date plus the district's grace period
 * (monitoring settings, 14 days by default), not the day the next period falls due.
 */
export function updateLinkExpiresOn(item: Pick<OpenItem, 'dueOn'>, graceDays: number): string {
  return addDays(item.dueOn, graceDays);
}

/**
 * A random 256-bit token, stored only as its HMAC, good until the end (UTC) of its last day
 * (updateLinkExpiresOn): the form it opens posts as the owner without a password.
 */
async function newUpdateLink(ctx: AppContext, trx: Transaction<DB>, organizationId: string, item: OpenItem, expiresOn: string): Promise<string> {
  const token = newSecretToken();
  await remindersRepo.insertLink(trx, {
    organizationId,
    planId: item.planId,
    elementKey: item.elementKey,
    periodLabel: item.periodLabel,
    userId: item.userId,
    tokenHash: hashToken(ctx.config.sessionSecret, token),
    expiresAt: `${expiresOn}T23:59:59.999Z`,
  });
  return `${ctx.config.publicUrl}/update/${token}`;
}
