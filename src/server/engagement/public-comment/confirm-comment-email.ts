import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { emailTokenHash } from './post-public-comment.js';
import { publicCommentsRepo } from './public-comments.repo.js';

/**
 * The mailed link's landing: the comment it names is confirmed and reaches the planning team
 * (pending moderation). The token works once; 404 for a token that is not one or was used. No
 * audit event: the commenter is no one the district knows, and the row says when.
 */
export async function confirmCommentEmail(options: { db: Kysely<DB>; token: string }) {
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(options.token)) throw notFound('Confirmation link');
  const hash = emailTokenHash(options.token);
  const confirmed = await inTransaction(options.db, async (trx) => {
    const comment = await publicCommentsRepo.findByEmailToken(trx, hash);
    if (!comment || comment.status !== 'unconfirmed') throw notFound('Confirmation link');
    return publicCommentsRepo.confirmEmail(trx, comment.id);
  });
  const district = await findOrganization(options.db, confirmed.organization_id);
  return { slug: district!.slug!, language: confirmed.language === 'es' ? ('es' as const) : ('en' as const) };
}
