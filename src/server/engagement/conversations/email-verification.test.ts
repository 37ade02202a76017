import { describe, expect, it } from 'vitest';
import { checkEmailCode, emailHash, issueEmailCode } from './email-verification.js';

const secret = 'unit-secret-unit-secret-unit-secret';
const conversationId = '7d3f2c1e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

describe('verified email codes', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const issued = issueEmailCode({ secret, conversationId, email: 'Ana@Example.org ', now });
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it.each([
    ['the code as mailed', { email: 'ana@example.org', code: issued.code, at: later(1) }, 'ok'],
    ['with spaces, the address in other case', { email: ' ANA@example.ORG', code: ` ${issued.code.slice(0, 3)} ${issued.code.slice(3)} `, at: later(29) }, 'ok'],
    ['after 30 minutes', { email: 'ana@example.org', code: issued.code, at: later(31) }, 'expired'],
    ['another code', { email: 'ana@example.org', code: String((Number(issued.code) + 1) % 1_000_000).padStart(6, '0'), at: later(1) }, 'wrong'],
    ['another address', { email: 'bea@example.org', code: issued.code, at: later(1) }, 'wrong'],
    ['not six digits', { email: 'ana@example.org', code: '12345', at: later(1) }, 'wrong'],
  ])('%s', (_label, attempt, expected) => {
    expect(checkEmailCode({ secret, conversationId, email: attempt.email, code: attempt.code, ticket: issued.ticket, now: attempt.at })).toBe(expected);
  });

  it('refuses a ticket of another conversation, a changed expiry or another secret', () => {
    const check = (changes: Partial<{ conversationId: string; ticket: string; secret: string }>) =>
      checkEmailCode({ secret, conversationId, email: 'ana@example.org', code: issued.code, ticket: issued.ticket, now: later(1), ...changes });
    expect(check({ conversationId: '00000000-0000-4000-8000-000000000000' })).toBe('wrong');
    expect(check({ ticket: issued.ticket.replace(/^v1\.\d+/, `v1.${later(600).getTime()}`) })).toBe('wrong');
    expect(check({ secret: 'another-secret-another-secret-another' })).toBe('wrong');
    expect(check({ ticket: 'not a ticket' })).toBe('wrong');
  });

  it('hashes equal addresses equally, per conversation, and never holds the address', () => {
    const hash = emailHash({ secret, conversationId, email: 'Ana@Example.org' });
    expect(emailHash({ secret, conversationId, email: ' ana@example.org ' })).toBe(hash);
    expect(emailHash({ secret, conversationId: '00000000-0000-4000-8000-000000000000', email: 'ana@example.org' })).not.toBe(hash);
    expect(hash).not.toMatch(/ana|example/i);
    expect(issued.ticket).not.toMatch(/ana|example/i);
    expect(issued.ticket).not.toContain(issued.code);
  });
});
