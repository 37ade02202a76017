import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { resolveOrganizationAccess } from '../../auth/checkpoint.js';
import { planCommentsRepo } from './plan-comments.repo.js';

/** More than this many people in one comment is a broadcast, not a mention; the rest stay plain text. */
export const MAX_MENTIONS = 20;

// "@" then an email, not itself preceded by a word character: "write to bob@x.org" mentions nobody.
// A sentence's closing dot is left out because the domain must end in letters.
const MENTION = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;

/** The distinct emails a comment mentions, lower-cased, in the order written. */
export function mentionedEmails(body: string): string[] {
  const emails = [...body.matchAll(MENTION)].map((m) => m[1]!.toLowerCase());
  return [...new Set(emails)].slice(0, MAX_MENTIONS);
}

/**
 * The people a comment mentions who can read the plan: active members of the district and
 * network roles that reach it, decided by the same rule as the checkpoint. Anyone else stays
 * plain text, so a comment cannot be used to mail strangers or to learn who has an account.
 */
export async function findMentionedReaders(trx: Transaction<DB>, organizationId: string, body: string) {
  const users = await planCommentsRepo.findUsersByEmails(trx, mentionedEmails(body));
  const readers: typeof users = [];
  for (const user of users) {
    const access = await resolveOrganizationAccess(trx, user.id, organizationId);
    if (access?.permissions.has('plans.read')) readers.push(user);
  }
  return readers;
}
