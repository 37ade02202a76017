import type { ReminderKind } from '../tables.js';

/** The district's reminder schedule (its monitoring settings). */
export interface ReminderSchedule {
  remindDaysBefore: number;
  remindEveryDays: number;
  escalateAfterDays: number;
}

/** An update someone owes and has not posted: one element of a plan, one reporting period. */
export interface OpenItem {
  planId: string;
  planTitle: string;
  elementKey: string;
  kind: 'measure' | 'action';
  name: string;
  periodLabel: string;
  dueOn: string;
  closesOn: string;
  userId: string;
}

export interface ReminderPerson {
  id: string;
  name: string;
  email: string;
  locale: 'en' | 'es';
  supervisorId: string | null;
  wantsDailyDigest: boolean;
}

export interface SentReminder {
  plan_id: string;
  element_key: string;
  period_label: string;
  user_id: string;
  kind: ReminderKind;
  sent_on: string;
}

/** A mail to write: to the owner about their items, or to the owner's supervisor about one item. */
export type PlannedMail =
  | { kind: 'before' | 'overdue'; to: ReminderPerson; item: OpenItem }
  | { kind: 'escalation'; to: ReminderPerson; owner: ReminderPerson; item: OpenItem }
  | { kind: 'digest'; to: ReminderPerson; items: OpenItem[] };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const itemKey = (r: { plan_id: string; element_key: string; period_label: string; user_id: string }) => `${r.plan_id}|${r.element_key}|${r.period_label}|${r.user_id}`;
const keyOf = (item: OpenItem) => itemKey({ plan_id: item.planId, element_key: item.elementKey, period_label: item.periodLabel, user_id: item.userId });

/**
 * Decides what one day's sweep mails, from what is open and what was already sent, so that a
 * missed day catches up and a re-run sends nothing twice:
 * - "before": once, on the first sweep from remindDaysBefore days before the due date up to it;
 * - "overdue": from the day after the due date, whenever the last overdue reminder is at least
 *   remindEveryDays old, until the update is in or the period closes;
 * - "escalation": once per item, to the owner's supervisor (an active member who is not the owner),
 *   from escalateAfterDays after the due date;
 * - "digest": instead of before/overdue, people who chose it get one message a day listing every
 *   open item (escalations to their supervisor still go out).
 */
export function planReminders(options: {
  today: string;
  schedule: ReminderSchedule;
  items: readonly OpenItem[];
  people: ReadonlyMap<string, ReminderPerson>;
  sent: readonly SentReminder[];
}): PlannedMail[] {
  const { today, schedule, people } = options;
  const history = new Map<string, SentReminder[]>();
  for (const row of options.sent) history.set(itemKey(row), [...(history.get(itemKey(row)) ?? []), row]);
  const digestSentToday = new Set(options.sent.filter((r) => r.kind === 'digest' && r.sent_on === today).map((r) => r.user_id));

  const mails: PlannedMail[] = [];
  const digests = new Map<string, OpenItem[]>();
  const items = options.items.filter((item) => item.closesOn >= today && people.has(item.userId));
  for (const item of [...items].sort(byUrgency)) {
    const owner = people.get(item.userId)!;
    const daysLate = daysBetween(item.dueOn, today);
    const earlier = history.get(keyOf(item)) ?? [];
    if (owner.wantsDailyDigest) {
      if (!digestSentToday.has(owner.id)) digests.set(owner.id, [...(digests.get(owner.id) ?? []), item]);
    } else if (daysLate <= 0) {
      const isInWindow = -daysLate <= schedule.remindDaysBefore;
      if (isInWindow && !earlier.some((r) => r.kind === 'before')) mails.push({ kind: 'before', to: owner, item });
    } else {
      const lastOverdue = earlier.filter((r) => r.kind === 'overdue').reduce<string | null>((last, r) => (last === null || r.sent_on > last ? r.sent_on : last), null);
      if (lastOverdue === null || daysBetween(lastOverdue, today) >= schedule.remindEveryDays) mails.push({ kind: 'overdue', to: owner, item });
    }
    const supervisor = owner.supervisorId && owner.supervisorId !== owner.id ? people.get(owner.supervisorId) : undefined;
    if (supervisor && daysLate >= schedule.escalateAfterDays && !earlier.some((r) => r.kind === 'escalation')) {
      mails.push({ kind: 'escalation', to: supervisor, owner, item });
    }
  }
  for (const [userId, owned] of digests) mails.push({ kind: 'digest', to: people.get(userId)!, items: owned });
  return mails;
}

/** Overdue first (longest first), then the soonest due; ties by plan and key so mails read the same every run. */
function byUrgency(a: OpenItem, b: OpenItem): number {
  return a.dueOn.localeCompare(b.dueOn) || a.planTitle.localeCompare(b.planTitle) || a.elementKey.localeCompare(b.elementKey) || a.periodLabel.localeCompare(b.periodLabel);
}
