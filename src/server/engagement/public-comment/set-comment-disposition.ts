import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readPublicComment } from './list-public-comments.js';
import type { Disposition } from './public-comment-tables.js';
import { publicCommentsRepo } from './public-comments.repo.js';
import { readChangesSinceDraft } from './read-changes-since-draft.js';
import { citeOnChangedElements, commentCitationText } from './cite-comment-on-changes.js';
import { commenterRoles } from './commenter-roles.js';
import { readPopulation } from '../population/read-population.js';

export interface DispositionInput {
  disposition: Disposition | null;
  note?: string;
  changedKeys?: string[];
  /** Accepted or partly: the changed elements cite what was answered (see cite-comment-on-changes.ts). */
  cite?: boolean;
}

/** Whether a disposition makes its changed elements cite the comment or theme. */
export const citesChanges = (input: { disposition: Disposition | null; changedKeys: string[] }, cite: boolean | undefined) =>
  cite === true && (input.disposition === 'accepted' || input.disposition === 'partly') && input.changedKeys.length > 0;

/**
 * Checks a disposition: "not accepted" says why, and the changes it points to are changes made
 * since the window's draft froze (400 naming the one that is not). Shared by comments and themes.
 */
export async function checkDisposition(options: { db: Kysely<DB>; organizationId: string; planId: string; windowId: string; input: DispositionInput }) {
  const { input } = options;
  const note = input.note?.trim() || null;
  const changedKeys = [...new Set(input.changedKeys ?? [])];
  if (input.disposition === 'not_accepted' && !note) throw invalidInput('/note', 'is required when a comment is not accepted: say why', { code: 'required' });
  if (input.disposition === null && (note || changedKeys.length)) throw invalidInput('/disposition', 'is required with a note or changes', { code: 'required' });
  if (changedKeys.length) {
    const { changes } = await readChangesSinceDraft({ db: options.db, organizationId: options.organizationId, planId: options.planId, windowId: options.windowId });
    const changed = new Set(changes.map((c) => c.key));
    const index = changedKeys.findIndex((key) => !changed.has(key));
    if (index >= 0) throw invalidInput(`/changed_keys/${index}`, `${changedKeys[index]} has not changed since the draft opened`, { code: 'not_changed_since_draft' });
  }
  return { disposition: input.disposition, note, changedKeys };
}

/** The team's answer to one comment: accepted (and the change made), partly, not accepted (why), out of scope; null takes it back. */
export async function setCommentDisposition(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; commentId: string; version: number; input: DispositionInput }) {
  const { db, actor, organizationId, planId, commentId } = options;
  const existing = await publicCommentsRepo.find(db, planId, commentId);
  if (!existing || existing.organization_id !== organizationId) throw notFound('Comment');
  const checked = await checkDisposition({ db, organizationId, planId, windowId: existing.period_id, input: options.input });
  await inTransaction(db, async (trx) => {
    const before = await publicCommentsRepo.find(trx, planId, commentId, { lock: true });
    if (!before) throw notFound('Comment');
    if (before.version !== options.version) throw new AppError('conflict', 'Someone else changed this comment’s disposition; reload it and try again', [], { current: await readPublicComment({ db: trx, organizationId, planId, commentId }) });
    const after = await publicCommentsRepo.setDisposition(trx, commentId, { ...checked, by: actor.userId });
    if (citesChanges(checked, options.input.cite)) {
      const roles = before.role ? commenterRoles(await readPopulation(trx, organizationId), 'en') : [];
      const roleLabel = roles.find((r) => r.key === before.role)?.label ?? null;
      const item = { text: commentCitationText(before.body, roleLabel), link: { kind: 'public_comment' as const, plan_id: planId, comment_id: commentId } };
      await citeOnChangedElements(trx, { actor, organizationId, planId, keys: checked.changedKeys, item });
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'public_comment.disposed',
      entityType: 'public_comment',
      entityId: commentId,
      before: { disposition: before.disposition, note: before.disposition_note, changed_keys: before.changed_keys },
      after: { disposition: after.disposition, note: after.disposition_note, changed_keys: after.changed_keys },
    });
  });
  return readPublicComment({ db, organizationId, planId, commentId });
}
