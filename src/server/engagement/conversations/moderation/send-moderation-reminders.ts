import type { AppContext } from '../../../context.js';
import { inTransaction } from '../../../db/transaction.js';
import { queueMail } from '../../../platform/outbox/queue-mail.js';
import { moderationReminderMessage } from './moderation-reminder-messages.js';
import { moderationRepo } from './moderation.repo.js';

/** A statement waits this long before its moderators are mailed: a few hours, not every minute. */
export const QUEUE_WAIT_HOURS = 4;
/** A conversation's moderators are mailed about its queue at most once in this many hours. */
export const REMINDER_INTERVAL_HOURS = 24;
const HOUR = 3_600_000;

/** Who is mailed: the district's moderators; with none, its planners; with none, its administrators. */
const recipientRoles = [['moderator'], ['planner'], ['administrator']] as const;

export interface SentQueueReminder {
  conversationId: string;
  to: string;
}

/**
 * Mails the moderators of every open conversation whose queue holds a statement pending for more
 * than QUEUE_WAIT_HOURS, at most once in REMINDER_INTERVAL_HOURS per conversation. The reminder
 * time and the mails are written in one transaction per conversation, claimed with a conditional
 * update, so two processes sweeping at once mail once; delivery starts after the commit.
 */
export async function sendModerationReminders(options: { ctx: AppContext; now?: Date; onError?: (conversationId: string, error: Error) => void }): Promise<SentQueueReminder[]> {
  const { ctx } = options;
  const now = options.now ?? new Date();
  const remindedSince = new Date(now.getTime() - REMINDER_INTERVAL_HOURS * HOUR);
  const queues = await moderationRepo.waitingQueues(ctx.db, { waitingSince: new Date(now.getTime() - QUEUE_WAIT_HOURS * HOUR), remindedSince });
  const sent: SentQueueReminder[] = [];
  for (const queue of queues) {
    try {
      const { reminders, messageIds } = await inTransaction(ctx.db, async (trx) => {
        const people = await recipientsOf(trx, queue.organization_id);
        if (people.length === 0 || !(await moderationRepo.claimReminder(trx, queue.id, { now, remindedSince }))) return { reminders: [], messageIds: [] };
        const link = `${ctx.config.publicUrl}/o/${queue.organization_id}/engagement/conversations/${queue.id}/statements`;
        const oldestHours = Math.floor((now.getTime() - new Date(queue.oldest).getTime()) / HOUR);
        const messageIds: string[] = [];
        for (const person of people) {
          const message = moderationReminderMessage({
            name: person.name,
            locale: person.locale,
            queue: { districtName: queue.district_name, prompt: promptIn(queue, person.locale), pending: Number(queue.pending), oldestHours, link },
          });
          messageIds.push(await queueMail(trx, { organizationId: queue.organization_id, to: person.email, ...message }, ctx.mail.statusForNewMail));
        }
        return { reminders: people.map((person) => ({ conversationId: queue.id, to: person.email })), messageIds };
      });
      await ctx.mail.dispatch(messageIds);
      sent.push(...reminders);
    } catch (error) {
      options.onError?.(queue.id, error as Error);
    }
  }
  return sent;
}

async function recipientsOf(db: AppContext['db'], organizationId: string) {
  for (const roles of recipientRoles) {
    const people = await moderationRepo.membersWithRoles(db, organizationId, roles);
    if (people.length > 0) return people;
  }
  return [];
}

/** The question in the reader's language, else in the conversation's first language. */
function promptIn(queue: { prompt: unknown; languages: unknown }, locale: string): string {
  const prompt = (queue.prompt ?? {}) as Record<string, string>;
  const languages = (queue.languages ?? []) as string[];
  return prompt[locale] ?? prompt[languages[0] ?? ''] ?? Object.values(prompt)[0] ?? '';
}
