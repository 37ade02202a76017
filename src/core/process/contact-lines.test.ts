import { describe, expect, it } from 'vitest';
import { formatContactLines, parseContactLines } from './contact-lines.js';

describe('parseContactLines', () => {
  it.each([
    ['Name <email>', 'Ana Ruiz <ana@example.org>', { name: 'Ana Ruiz', email: 'ana@example.org' }],
    ['quoted name', '"Ruiz, Ana" <ana@example.org>', { name: 'Ruiz, Ana', email: 'ana@example.org' }],
    ['a bare address', 'ana@example.org', { name: '', email: 'ana@example.org' }],
    ['<address> alone', '<ana@example.org>', { name: '', email: 'ana@example.org' }],
    ['Name, email', 'Ana Ruiz, ana@example.org', { name: 'Ana Ruiz', email: 'ana@example.org' }],
    ['email, Name', 'ana@example.org, Ana Ruiz', { name: 'Ana Ruiz', email: 'ana@example.org' }],
    ['a spreadsheet row', 'Ana Ruiz\tana@example.org', { name: 'Ana Ruiz', email: 'ana@example.org' }],
    ['spaces only', 'Ana Ruiz ana@example.org', { name: 'Ana Ruiz', email: 'ana@example.org' }],
    ['a trailing comma from a mail client', 'Ana <ana@example.org>,', { name: 'Ana', email: 'ana@example.org' }],
  ])('reads %s', (_label, line, contact) => {
    expect(parseContactLines(line)).toEqual({ contacts: [contact], problems: [] });
  });

  it('skips blank lines, reports unreadable and repeated ones with their line numbers', () => {
    const text = 'Ana <ana@example.org>\n\nBen without address\r\nANA@example.org\nCai <cai@example>\nDee <dee@example.org>';
    const { contacts, problems } = parseContactLines(text);
    expect(contacts.map((c) => c.email)).toEqual(['ana@example.org', 'dee@example.org']);
    expect(problems).toEqual([
      { line: 3, text: 'Ben without address', reason: 'no_email' },
      { line: 4, text: 'ANA@example.org', reason: 'duplicate' },
      { line: 5, text: 'Cai <cai@example>', reason: 'no_email' },
    ]);
  });

  it('formats contacts back to lines that read the same', () => {
    const contacts = [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: '', email: 'ben@example.org' }];
    expect(formatContactLines(contacts)).toBe('Ana Ruiz <ana@example.org>\nben@example.org');
    expect(parseContactLines(formatContactLines(contacts)).contacts).toEqual(contacts);
  });
});
