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

/** The survey with the invitation in the fragment: browsers never send it, so it reaches no server log and no Referer. */
export const personalLink = (publicUrl: string, code: string, token: string) => `${publicUrl}/s/${code}#i=${token}`;

/** The opt-out page in the mail's language, the token in the fragment for the page's script to put in its form. */
export const optOutLink = (publicUrl: string, language: 'en' | 'es', token: string) => `${publicUrl}/s/opt-out?lang=${language}#i=${token}`;
