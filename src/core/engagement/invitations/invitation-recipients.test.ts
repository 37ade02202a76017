import { describe, expect, it } from 'vitest';
import { gatherRecipients, isDueForReminder, nextReminderAt, parsePastedContacts } from './invitation-recipients.js';

describe('gatherRecipients', () => {
  const families = { id: 'g1', name: 'Families', contacts: [{ name: 'Ana', email: ' Ana@Example.org ' }, { name: 'Bo', email: 'bo@example.org' }] };
  const staff = { id: 'g2', name: 'Staff', contacts: [{ name: 'Ana again', email: 'ana@example.org' }, { name: 'Cy', email: '' }] };
  it.each([
    ['one group', [families], [], ['ana@example.org', 'bo@example.org']],
    ['an address in two groups once, the first group winning', [families, staff], [], ['ana@example.org', 'bo@example.org']],
    ['pasted after groups, duplicates dropped', [families], [{ name: 'Dee', email: 'dee@example.org' }, { name: 'B', email: 'BO@example.org' }], ['ana@example.org', 'bo@example.org', 'dee@example.org']],
    ['pasted only', [], [{ name: '', email: 'x@example.org' }], ['x@example.org']],
  ])('%s', (_name, groups, pasted, emails) => {
    expect(gatherRecipients({ groups, pasted }).map((r) => r.email)).toEqual(emails);
  });
  it('keeps the group and name of the first appearance', () => {
    const [ana] = gatherRecipients({ groups: [families, staff], pasted: [] });
    expect(ana).toEqual({ name: 'Ana', email: 'ana@example.org', stakeholderGroupId: 'g1', stakeholderGroupName: 'Families' });
    expect(gatherRecipients({ groups: [], pasted: [{ name: ' Eve ', email: 'e@example.org' }] })[0]).toMatchObject({ name: 'Eve', stakeholderGroupId: null });
  });
});

describe('reminders, at most once a day', () => {
  const sentAt = new Date('2026-05-01T09:00:00Z');
  const hours = (n: number) => new Date(sentAt.getTime() + n * 3_600_000);
  it.each([
    ['just invited', { hasResponded: false, isOptedOut: false, sentAt, remindedAt: null }, hours(2), false],
    ['a day after the invitation', { hasResponded: false, isOptedOut: false, sentAt, remindedAt: null }, hours(24), true],
    ['reminded an hour ago', { hasResponded: false, isOptedOut: false, sentAt, remindedAt: hours(30) }, hours(31), false],
    ['reminded a day ago', { hasResponded: false, isOptedOut: false, sentAt, remindedAt: hours(30) }, hours(54), true],
    ['answered', { hasResponded: true, isOptedOut: false, sentAt, remindedAt: null }, hours(100), false],
    ['opted out', { hasResponded: false, isOptedOut: true, sentAt, remindedAt: null }, hours(100), false],
  ])('%s', (_name, invitation, now, due) => {
    expect(isDueForReminder(invitation, now)).toBe(due);
  });
  it('says when the next reminder may go, or never', () => {
    expect(nextReminderAt({ hasResponded: false, isOptedOut: false, sentAt, remindedAt: null })).toEqual(hours(24));
    expect(nextReminderAt({ hasResponded: true, isOptedOut: false, sentAt, remindedAt: null })).toBeNull();
  });
});

describe('parsePastedContacts', () => {
  it.each([
    ['Ana Ruiz <ana@example.org>', [{ name: 'Ana Ruiz', email: 'ana@example.org' }]],
    ['"Ruiz, Ana" <ana@example.org>', [{ name: 'Ruiz Ana', email: 'ana@example.org' }]],
    ['Ana Ruiz, ana@example.org', [{ name: 'Ana Ruiz', email: 'ana@example.org' }]],
    ['ana@example.org\tAna Ruiz', [{ name: 'Ana Ruiz', email: 'ana@example.org' }]],
    ['ana@example.org', [{ name: '', email: 'ana@example.org' }]],
    ['ana@example.org, bo@example.org; cy@example.org', [{ name: '', email: 'ana@example.org' }, { name: '', email: 'bo@example.org' }, { name: '', email: 'cy@example.org' }]],
    ['José Ñúñez <jose.nunez+pta@escuela.example.mx>', [{ name: 'José Ñúñez', email: 'jose.nunez+pta@escuela.example.mx' }]],
  ])('%s', (text, contacts) => {
    expect(parsePastedContacts(text)).toEqual({ contacts, lines: contacts.map(() => 1), unreadable: [] });
  });
  it('skips blank lines and names the lines without an address', () => {
    expect(parsePastedContacts('Ana <ana@example.org>\n\n  \nJust a name\r\nbo@example.org\nana@example')).toEqual({
      contacts: [{ name: 'Ana', email: 'ana@example.org' }, { name: '', email: 'bo@example.org' }],
      lines: [1, 5],
      unreadable: [{ line: 4, text: 'Just a name' }, { line: 6, text: 'ana@example' }],
    });
  });
});
