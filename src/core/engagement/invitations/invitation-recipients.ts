/**
 * Who a survey invitation goes to, and when they may be reminded: pure rules shared by the server
 * (which sends) and the web app (which reads pasted lists and says how many will get a mail).
 */

export interface Contact {
  name: string;
  email: string;
}

export interface Recipient extends Contact {
  stakeholderGroupId: string | null;
  stakeholderGroupName: string | null;
}

/** The one spelling of an address invitations are matched by (one invitation per address and survey). */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * The contacts of the chosen groups, then the pasted ones, once per address: the first time an
 * address appears wins (its name and group), so a parent in two groups gets one mail. A contact
 * without an address is left out.
 */
export function gatherRecipients(options: { groups: ReadonlyArray<{ id: string; name: string; contacts: readonly Contact[] }>; pasted: readonly Contact[] }): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  const add = (contact: Contact, group: { id: string; name: string } | null) => {
    const email = normalizeEmail(contact.email);
    if (!email || byEmail.has(email)) return;
    byEmail.set(email, { name: contact.name.trim(), email, stakeholderGroupId: group?.id ?? null, stakeholderGroupName: group?.name ?? null });
  };
  for (const group of options.groups) for (const contact of group.contacts) add(contact, group);
  for (const contact of options.pasted) add(contact, null);
  return [...byEmail.values()];
}

/** A person is mailed at most once a day: an invitation, then reminders a day or more apart. */
export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface InvitationState {
  hasResponded: boolean;
  isOptedOut: boolean;
  sentAt: Date;
  remindedAt: Date | null;
}

/** When this person may next be reminded; null when they never will be (answered, or opted out). */
export function nextReminderAt(invitation: InvitationState): Date | null {
  if (invitation.hasResponded || invitation.isOptedOut) return null;
  const lastMail = invitation.remindedAt ?? invitation.sentAt;
  return new Date(lastMail.getTime() + REMINDER_INTERVAL_MS);
}

export function isDueForReminder(invitation: InvitationState, now: Date): boolean {
  const next = nextReminderAt(invitation);
  return next !== null && next.getTime() <= now.getTime();
}

// An address as people paste it: no spaces, brackets, quotes or separators, one @, a dot after it.
const EMAIL_IN_TEXT = /[^\s<>,;"'()[\]]+@[^\s<>,;"'()[\]@]+\.[^\s<>,;"'()[\]@]+/g;

export interface PastedContacts {
  contacts: Contact[];
  /** The line (from 1) each contact was read from, so a refusal of /contacts/<n> can name the line. */
  lines: number[];
  /** Lines with no address in them, by number from 1, to show back to the person. */
  unreadable: Array<{ line: number; text: string }>;
}

/**
 * Contacts from text pasted from a spreadsheet or a mail program, one per line: "Ana Ruiz
 * <ana@example.org>", "Ana Ruiz, ana@example.org", "ana@example.org<TAB>Ana Ruiz" or just the
 * address. A line with several addresses and nothing else gives each, without a name.
 */
export function parsePastedContacts(text: string): PastedContacts {
  const contacts: Contact[] = [];
  const lines: number[] = [];
  const unreadable: PastedContacts['unreadable'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const emails = line.match(EMAIL_IN_TEXT) ?? [];
    if (emails.length === 0) return unreadable.push({ line: index + 1, text: line });
    const rest = emails.reduce((left, email) => left.replace(email, ' '), line);
    const name = rest.replace(/[<>"'()[\]]/g, ' ').replace(/[,;\t]+/g, ' ').replace(/\s+/g, ' ').trim();
    const read = emails.length === 1 ? [{ name, email: emails[0]! }] : emails.map((email) => ({ name: '', email }));
    contacts.push(...read);
    lines.push(...read.map(() => index + 1));
  });
  return { contacts, lines, unreadable };
}
