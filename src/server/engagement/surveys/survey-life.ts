import { randomInt } from 'node:crypto';
import type { SurveyStatus } from '../tables.js';

/**
 * Where a survey is in its life, for people and respondents alike: "open" only between its open
 * and close dates. A survey opened by hand whose closes_at has passed is closed without anyone
 * pressing a button.
 */
export function effectiveStatus(survey: { status: SurveyStatus; closes_at: Date | null }, now = new Date()): SurveyStatus {
  if (survey.status === 'open' && survey.closes_at && survey.closes_at.getTime() <= now.getTime()) return 'closed';
  return survey.status;
}

/** Whether respondents may answer now: open, and its opens_at (if any) has come. */
export function isAcceptingResponses(survey: { status: SurveyStatus; opens_at: Date | null; closes_at: Date | null }, now = new Date()): boolean {
  return effectiveStatus(survey, now) === 'open' && (!survey.opens_at || survey.opens_at.getTime() <= now.getTime());
}

// No 0/o, 1/l/i: read off a flyer or typed from a phone, no letter can be taken for another.
const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const PUBLIC_CODE_LENGTH = 8;

/** A fresh public code: 31^8 (about 850 billion) codes, so nobody finds a survey by trying them. */
export function newPublicCode(): string {
  return Array.from({ length: PUBLIC_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** A code as typed or linked, in the one spelling codes are stored in; null when it cannot be one. */
export function normalizePublicCode(code: string): string | null {
  const normalized = code.trim().toLowerCase();
  return normalized.length === PUBLIC_CODE_LENGTH && [...normalized].every((char) => CODE_ALPHABET.includes(char)) ? normalized : null;
}

export const publicUrlOf = (publicUrl: string, code: string | null) => (code ? `${publicUrl}/s/${code}` : null);
