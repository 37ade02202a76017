import { describe, expect, it } from 'vitest';
import { planReminders, type OpenItem, type ReminderPerson, type SentReminder } from './plan-reminders.js';

const schedule = { remindDaysBefore: 3, remindEveryDays: 3, escalateAfterDays: 10 };
const person = (id: string, extra: Partial<ReminderPerson> = {}): ReminderPerson => ({ id, name: id, email: `${id}@example.org`, locale: 'en', supervisorId: null, wantsDailyDigest: false, ...extra });
const item = (extra: Partial<OpenItem> = {}): OpenItem => ({
  planId: 'p',
  planTitle: 'Plan',
  elementKey: 'G1.M1',
  kind: 'measure',
  name: 'Reading',
  periodLabel: '2030-31 Q1',
  dueOn: '2030-10-14',
  closesOn: '2031-01-14',
  userId: 'owner',
  ...extra,
});
const sent = (kind: SentReminder['kind'], sentOn: string, userId = 'owner'): SentReminder => ({ plan_id: 'p', element_key: 'G1.M1', period_label: '2030-31 Q1', user_id: userId, kind, sent_on: sentOn });
const kindsOn = (today: string, options: { people?: ReminderPerson[]; history?: SentReminder[]; items?: OpenItem[] } = {}) =>
  planReminders({
    today,
    schedule,
    items: options.items ?? [item()],
    people: new Map((options.people ?? [person('owner', { supervisorId: 'boss' }), person('boss')]).map((p) => [p.id, p])),
    sent: options.history ?? [],
  }).map((m) => `${m.kind}->${m.to.id}`);

describe('planReminders', () => {
  it.each([
    ['2030-10-10', [], []],
    ['2030-10-11', [], ['before->owner']],
    ['2030-10-13', [], ['before->owner']], // a missed first day catches up
    ['2030-10-13', [sent('before', '2030-10-11')], []],
    ['2030-10-14', [], ['before->owner']],
    ['2030-10-15', [sent('before', '2030-10-11')], ['overdue->owner']],
    ['2030-10-17', [sent('overdue', '2030-10-15')], []],
    ['2030-10-18', [sent('overdue', '2030-10-15')], ['overdue->owner']],
    ['2030-10-20', [sent('overdue', '2030-10-15')], ['overdue->owner']], // missed days catch up, then the rhythm restarts
    ['2030-10-24', [sent('overdue', '2030-10-21')], ['overdue->owner', 'escalation->boss']],
    ['2030-10-29', [sent('overdue', '2030-10-27'), sent('escalation', '2030-10-24')], []],
    ['2030-10-30', [sent('overdue', '2030-10-27'), sent('escalation', '2030-10-24')], ['overdue->owner']],
    ['2031-01-15', [], []], // the period closed
  ] as const)('on %s (history #%#) sends %j', (today, history, expected) => {
    expect(kindsOn(today, { history: [...history] })).toEqual(expected);
  });

  it('escalates only to a supervisor who is an active member and not the owner', () => {
    expect(kindsOn('2030-10-24', { people: [person('owner', { supervisorId: 'gone' })] })).toEqual(['overdue->owner']);
    expect(kindsOn('2030-10-24', { people: [person('owner', { supervisorId: 'owner' })] })).toEqual(['overdue->owner']);
  });

  it('mails nobody for an owner who is no longer an active member', () => {
    expect(kindsOn('2030-10-24', { people: [person('boss')] })).toEqual([]);
  });

  it('gathers a digest reader’s items into one message a day, escalations still apart', () => {
    const people = [person('owner', { wantsDailyDigest: true, supervisorId: 'boss' }), person('boss')];
    const items = [item(), item({ elementKey: 'G1.M2', dueOn: '2030-10-20' })];
    const mails = planReminders({ today: '2030-10-24', schedule, items, people: new Map(people.map((p) => [p.id, p])), sent: [] });
    expect(mails.map((m) => m.kind)).toEqual(['escalation', 'digest']);
    expect(mails[1]!.kind === 'digest' && mails[1]!.items.map((i) => i.elementKey)).toEqual(['G1.M1', 'G1.M2']);
    expect(kindsOn('2030-10-24', { people, items, history: [sent('digest', '2030-10-24'), sent('escalation', '2030-10-24')] })).toEqual([]);
  });
});
