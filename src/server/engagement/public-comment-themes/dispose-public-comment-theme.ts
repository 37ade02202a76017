import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { Disposition } from '../public-comment/public-comment-tables.js';
import { checkDisposition, citesChanges } from '../public-comment/set-comment-disposition.js';
import { citeOnChangedElements, themeCitationText } from '../public-comment/cite-comment-on-changes.js';
import { loadCommentWindow } from './public-comment-theme-scope.js';
import { publicCommentThemesRepo, type CommentWindowScope } from './public-comment-themes.repo.js';

/**
 * Records what the team decided about a whole theme of comments (accepted, partly, not accepted,
 * out of scope; null takes it back), with a note and the elements changed that carry it out.
 * `basedOn` is the theme's version the caller saw: 409 with the theme as it is now when someone
 * renamed or answered it since. The set counts as edited, so finding themes again asks before
 * replacing the team's answers.
 */
export async function disposePublicCommentTheme(options: {
  db: Kysely<DB>;
  actor: Actor;
  scope: CommentWindowScope;
  themeId: string;
  basedOn: number;
  disposition: Disposition | null;
  note: string | null;
  changedKeys: string[];
  /** Accepted or partly: each changed element cites the theme (see public-comment/cite-comment-on-changes.ts). */
  cite?: boolean;
}) {
  const { db, actor, scope, themeId, basedOn, disposition } = options;
  const repo = publicCommentThemesRepo;
  await loadCommentWindow(db, scope);
  // A note or changes without a decision would be kept but never shown: taking it back clears them.
  // The rest is checked as a comment's disposition is (a reason for "not accepted", real changes).
  const checked = disposition
    ? await checkDisposition({ db, organizationId: scope.organizationId, planId: scope.planId, windowId: scope.periodId, input: { disposition, note: options.note ?? undefined, changedKeys: options.changedKeys } })
    : { note: null, changedKeys: [] as string[] };
  const { note, changedKeys } = checked;
  await inTransaction(db, async (trx) => {
    if (!(await repo.findSet(trx, scope, { lock: true }))) throw notFound('Theme');
    const before = await repo.findDisposition(trx, scope, themeId);
    if (!before) throw notFound('Theme');
    const updated = await repo.setDisposition(trx, scope, themeId, basedOn, { disposition, note, changedKeys, by: actor.userId });
    if (!updated) throw new AppError('conflict', 'Someone changed this theme meanwhile; review it and try again', [], { reason: 'stale', theme: { id: before.id, label: before.label, version: before.version } });
    await repo.bumpSet(trx, scope, { edited: true });
    if (citesChanges({ disposition, changedKeys }, options.cite)) {
      const count = (await repo.listItems(trx, scope)).filter((item) => item.theme_id === themeId).length;
      const item = { text: themeCitationText(before.label, count), link: { kind: 'public_comment_theme' as const, plan_id: scope.planId, theme_id: themeId } };
      await citeOnChangedElements(trx, { actor, organizationId: scope.organizationId, planId: scope.planId, keys: changedKeys, item });
    }
    await recordAuditEvent(trx, actor, {
      organizationId: scope.organizationId,
      action: 'public_comment_theme.disposed',
      entityType: 'public_comment_theme',
      entityId: themeId,
      before: { disposition: before.disposition, note: before.disposition_note, changed_keys: before.changed_keys },
      after: { plan_id: scope.planId, window_id: scope.periodId, label: before.label, disposition, note, changed_keys: changedKeys },
    });
  });
}
