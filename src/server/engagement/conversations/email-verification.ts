import { randomInt } from 'node:crypto';
import { hashToken, safeEqual } from '../../auth/secrets.js';

/**
 * A participant's email, confirmed without keeping it: the code mailed to the address travels back
 * with a signed ticket naming the conversation, the address, the code and when it expires, so the
 * server stores nothing until the participant joins, and then only a keyed hash of the address
 * (equal addresses give equal hashes: one person, one participant). The ticket cannot be forged
 * without the server's secret, nor turned back into its code.
 */
const CODE_MINUTES = 30;
const TICKET = /^v1\.(\d{13})\.([A-Za-z0-9_-]{43})$/;

/** The address as compared: case and surrounding spaces do not make another person. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function emailHash(options: { secret: string; conversationId: string; email: string }): string {
  return hashToken(options.secret, `conversation-email|${options.conversationId}|${normalizeEmail(options.email)}`);
}

/** A fresh six-digit code and the ticket that will prove it was sent to this address for this conversation. */
export function issueEmailCode(options: { secret: string; conversationId: string; email: string; now?: Date }): { code: string; ticket: string; expiresAt: Date } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date((options.now ?? new Date()).getTime() + CODE_MINUTES * 60_000);
  return { code, ticket: `v1.${expiresAt.getTime()}.${signature({ ...options, code, expires: expiresAt.getTime() })}`, expiresAt };
}

/** Whether the code is the one mailed to this address with this ticket, still in time. */
export function checkEmailCode(options: { secret: string; conversationId: string; email: string; code: string; ticket: string; now?: Date }): 'ok' | 'expired' | 'wrong' {
  const match = TICKET.exec(options.ticket);
  if (!match) return 'wrong';
  const expires = Number(match[1]);
  const code = options.code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code) || !safeEqual(match[2]!, signature({ ...options, code, expires }))) return 'wrong';
  return (options.now ?? new Date()).getTime() > expires ? 'expired' : 'ok';
}

function signature(options: { secret: string; conversationId: string; email: string; code: string; expires: number }) {
  return hashToken(options.secret, `conversation-email-code|${options.conversationId}|${normalizeEmail(options.email)}|${options.code}|${options.expires}`);
}
