/**
 * A stakeholder group's contact list as people paste it from a mail client or a spreadsheet:
 * one person a line, `Name <email>`, `email`, or `Name, email` / `Name<TAB>email`. Pure, so the
 * web shows the problems before saving and the server keeps the same rule.
 */
export interface Contact {
  name: string;
  email: string;
}
export interface ContactLineProblem {
  /** 1-based, as an editor shows line numbers. */
  line: number;
  text: string;
  reason: 'no_email' | 'duplicate';
}

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export const isEmailAddress = (value: string) => EMAIL.test(value) && value.length <= 254;

function parseLine(line: string): Contact | null {
  const angled = /^(.*?)<\s*([^<>]+?)\s*>\s*[,;]?$/.exec(line);
  if (angled) {
    const email = angled[2]!.trim();
    return isEmailAddress(email) ? { name: cleanName(angled[1]!), email } : null;
  }
  const parts = line.split(/\t|,|;/).map((p) => p.trim()).filter(Boolean);
  const emailIndex = parts.findIndex(isEmailAddress);
  if (emailIndex === -1) {
    // "Name email@x.org" separated by spaces only.
    const words = line.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    return isEmailAddress(last) ? { name: cleanName(words.slice(0, -1).join(' ')), email: last } : null;
  }
  return { name: cleanName(parts.filter((_, i) => i !== emailIndex).join(' ')), email: parts[emailIndex]! };
}

const cleanName = (name: string) => name.trim().replace(/^["']+|["']+$/g, '').trim().slice(0, 200);

/**
 * The contacts of the pasted text, in order, and the lines that could not be read (no address)
 * or repeat an address already listed (compared without regard to case). Blank lines are skipped.
 */
export function parseContactLines(text: string): { contacts: Contact[]; problems: ContactLineProblem[] } {
  const contacts: Contact[] = [];
  const problems: ContactLineProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const contact = parseLine(line);
    if (!contact) return problems.push({ line: index + 1, text: line, reason: 'no_email' });
    const key = contact.email.toLowerCase();
    if (seen.has(key)) return problems.push({ line: index + 1, text: line, reason: 'duplicate' });
    seen.add(key);
    contacts.push(contact);
  });
  return { contacts, problems };
}

/** Contacts back to lines, the form the paste box edits. */
export function formatContactLines(contacts: readonly Contact[]): string {
  return contacts.map((c) => (c.name ? `${c.name} <${c.email}>` : c.email)).join('\n');
}
