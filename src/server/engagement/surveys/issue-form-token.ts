import { hashToken, safeEqual } from '../../auth/secrets.js';

/**
 * The respondent page's "started at" token: when the page was served, signed with the server's
 * secret (SESSION_SECRET, as sign-in challenges and session tokens are) for one survey. A person
 * reads and answers for longer than a few seconds; a script that posts the moment it fetched the
 * page does not, so a submission carrying a token younger than MINIMUM_SECONDS is refused.
 */
export const MINIMUM_SECONDS = 3;
/** A page left open for days still sends; after a week the page is reloaded for a fresh token. */
const VALID_DAYS = 7;

export function issueFormToken(options: { code: string; secret: string; now?: Date }): string {
  const issued = (options.now ?? new Date()).getTime().toString(36);
  return `f1.${issued}.${sign(options.secret, options.code, issued)}`;
}

export type FormTokenCheck = 'ok' | 'invalid' | 'too_quick';

/** Whether a submission's token is ours, for this survey, and old enough (but not stale). */
export function checkFormToken(options: { token: string; code: string; secret: string; now?: Date }): FormTokenCheck {
  const parts = options.token.split('.');
  if (parts.length !== 3 || parts[0] !== 'f1') return 'invalid';
  const [, issued, mac] = parts as [string, string, string];
  if (!/^[0-9a-z]{1,12}$/.test(issued) || !safeEqual(mac, sign(options.secret, options.code, issued))) return 'invalid';
  const age = (options.now ?? new Date()).getTime() - parseInt(issued, 36);
  if (age > VALID_DAYS * 86_400_000 || age < -60_000) return 'invalid';
  return age < MINIMUM_SECONDS * 1000 ? 'too_quick' : 'ok';
}

function sign(secret: string, code: string, issued: string): string {
  return hashToken(secret, `survey-form|${code}|${issued}`);
}
