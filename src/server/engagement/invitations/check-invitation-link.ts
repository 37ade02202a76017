import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invitationTokenHash } from './invitation-token.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

export type InvitationLinkState = 'open' | 'used' | 'unknown';

/**
 * What a personal link's token (?i=) can still do on the survey page it opened: answer ('open'),
 * nothing more ('used': its one response was sent), or nothing at all ('unknown': not a token of
 * ours, or one of another survey). Read when the page is drawn, so a person without a script
 * learns it before answering, not after.
 */
export async function checkInvitationLink(options: { db: Kysely<DB>; secret: string; code: string; token: string }): Promise<InvitationLinkState> {
  if (options.token.length > 200) return 'unknown';
  const found = await surveyInvitationsRepo.findByTokenHash(options.db, invitationTokenHash(options.secret, options.token));
  if (!found || found.public_code !== options.code) return 'unknown';
  return found.has_responded ? 'used' : 'open';
}
