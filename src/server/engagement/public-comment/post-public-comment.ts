import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { refusalWords } from '../../../core/engagement/public-comment/comment-window.js';
import { checkCommentTarget, commentTargets } from '../../../core/engagement/public-comment/comment-targets.js';
import { newSecretToken } from '../../auth/secrets.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { MailService } from '../../mail/mail-service.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { checkFormToken } from '../surveys/issue-form-token.js';
import { commentLimits, type CommentLimits } from './comment-limits.js';
import { commentWords } from './comment-mail.js';
import { findDraftForComment } from './find-draft-for-comment.js';
import type { PostCommentBody } from './public-comment.schema.js';
import { publicCommentsRepo } from './public-comments.repo.js';

export const emailTokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');
const blank = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

/**
 * A comment from anyone on the draft out for comment at /p/<slug>/draft. 403 with plain words
 * outside the window; 400 naming the field for an element that is not in the draft, a passage not
 * in its text, a role or school not offered, a form sent too fast, or no email when the district
 * asks for one; 429 past 30 comments an hour from one address. A form filler that fills the hidden
 * field gets the same thanks and nothing is kept. The same submission id sent twice is stored once.
 * When the district asks for a verified email the comment waits, unconfirmed, for the mailed link.
 */
export async function postPublicComment(options: {
  db: Kysely<DB>;
  mail: MailService;
  publicUrl: string;
  slug: string;
  input: z.infer<typeof PostCommentBody>;
  client: { address: string };
  secret: string;
  limits?: CommentLimits;
  today?: string;
  now?: Date;
}): Promise<{ id: string | null; status: 'unconfirmed' | 'pending' | 'accepted'; message: string }> {
  const { db, input, secret } = options;
  const language = input.language ?? 'en';
  const said = commentWords[language];
  const draft = await findDraftForComment({ db, slug: options.slug, language, today: options.today });
  const { window } = draft;
  if (draft.state !== 'open') throw new AppError('forbidden', refusalWords(draft.state, { draftVersion: window.draft_version, opensOn: window.opens_on, closesOn: window.closes_on }, language));
  if (blank(input.website)) return { id: null, status: 'pending', message: said.thanks };
  if (input.form_token !== undefined) {
    const token = checkFormToken({ token: input.form_token, code: window.id, secret, now: options.now });
    if (token === 'too_quick') throw invalidInput('/form_token', 'was sent too quickly after the page opened; wait a moment and send again', { code: 'too_quick' });
    if (token === 'invalid') throw invalidInput('/form_token', 'is not a form token of this draft, or it has expired; reload the page', { code: 'invalid' });
  }
  const elementKey = blank(input.element_key);
  const quote = blank(input.quote);
  const problem = checkCommentTarget(commentTargets(draft.draft), elementKey, quote);
  if (problem) throw invalidInput(problem.field, problem.message, { code: problem.code as 'unknown_element' });
  const role = blank(input.role);
  if (role && !draft.roles.some((r) => r.key === role)) throw invalidInput('/role', `is not one of the roles offered: ${draft.roles.map((r) => r.key).join(', ')}`, { code: 'unknown_role' });
  if (input.school_id && !draft.schools.some((s) => s.id === input.school_id)) throw invalidInput('/school_id', 'is not a school of this district', { code: 'unknown_school' });
  const email = blank(input.email);
  if (window.verify_email && !email) throw invalidInput('/email', 'is required: the district asks commenters to confirm their address by a mailed link', { code: 'email_needed' });
  if (window.verify_email && options.mail.statusForNewMail !== 'pending') throw new AppError('unavailable', 'This server cannot send mail just now, so your address cannot be confirmed; please try again later');
  const limits = options.limits ?? commentLimits;
  if (!limits.comments.take({ secret, surveyId: window.id, address: options.client.address, now: options.now?.getTime() })) throw new AppError('rate_limited', 'Too many comments were sent from here; try again in an hour');

  const token = window.verify_email ? newSecretToken('c_') : null;
  const stored = await inTransaction(db, async (trx) => {
    const row = await publicCommentsRepo.insertOnce(trx, {
      organizationId: draft.district.id,
      planId: draft.plan.id,
      periodId: window.id,
      submissionId: input.submission_id,
      elementKey,
      quote,
      body: input.body.trim(),
      language,
      authorName: blank(input.name),
      email,
      emailTokenHash: token ? emailTokenHash(token) : null,
      role,
      schoolId: input.school_id ?? null,
      status: window.verify_email ? 'unconfirmed' : 'pending',
    });
    const link = token ? `${options.publicUrl}/p/${encodeURIComponent(draft.district.slug)}/draft/confirm?t=${encodeURIComponent(token)}` : null;
    const messageId = row.created && link && email ? await queueMail(trx, { organizationId: null, to: email, subject: said.subject(draft.district.name), text: said.text(draft.plan.title, link), isPrivate: true }, 'pending') : null;
    return { row, messageId };
  });
  if (stored.messageId) await options.mail.dispatch([stored.messageId]);
  const status = stored.row.status === 'hidden' ? 'pending' : stored.row.status;
  const message = status === 'unconfirmed' ? said.confirm : window.show_comments ? said.thanksShown : said.thanks;
  return { id: stored.row.id, status, message };
}
