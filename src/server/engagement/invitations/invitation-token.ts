import { createHmac } from 'node:crypto';
import { hashToken } from '../../auth/secrets.js';

/**
 * An invitation's personal token: an HMAC of the invitation's id with the server's secret
 * (SESSION_SECRET). The database keeps only its hash (token_hash, a keyed hash like every other
 * token's), so a copy of the database opens no one's link; the server alone can write the same
 * token again, which lets a reminder carry the very link the first mail did.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`survey-invitation|${invitationId}`).digest('base64url');
}

/** What is stored, and looked up, for a token. */
export const invitationTokenHash = (secret: string, token: string) => hashToken(secret, `survey-invitation-token|${token}`);

/**
 * The survey with the invitation in the query (?i=): the server sees it when it draws the page, so
 * the form works without a script (it rides in a hidden field and the answers go the invited way).
 * It stays out of the logs (the respondent routes log the route's pattern, not the address) and off
 * other sites (Referrer-Policy: same-origin), and the page's script takes it out of the address bar.
 * Links mailed before with "#i=" still work (the script reads the fragment too).
 */
export const personalLink = (publicUrl: string, code: string, token: string) => `${publicUrl}/s/${code}?i=${token}`;

/** The opt-out page in the mail's language, the token in the query, so its form works without a script. */
export const optOutLink = (publicUrl: string, language: 'en' | 'es', token: string) => `${publicUrl}/s/opt-out?lang=${language}&i=${token}`;
