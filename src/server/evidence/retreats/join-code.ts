import { randomInt } from 'node:crypto';

/** Letters and digits no one misreads on a projector or types wrong on a phone: no I, L, O, 0 or 1. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A fresh random join code (about 887 million of them: the room's link, not a secret of weight). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A code as someone typed it ("abc-d2k", " ABCD2K ") in its stored form, or null when it cannot be one. */
export function normalizeJoinCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
