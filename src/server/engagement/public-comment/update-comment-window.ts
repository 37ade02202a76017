import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkWindowChoices, type WindowChoices } from './open-public-comment.js';
import { publicCommentPeriodsRepo } from './public-comment-periods.repo.js';
import { readCommentWindows } from './read-comment-windows.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { stateOfWindow } from './comment-windows.present.js';

/**
 * Changes a window while it runs: a later (or earlier) closing date, a verified email from now on,
 * comments shown or not. 409 when someone changed it since the caller read it; a window whose
 * plan moved on is history and stays as it was.
 */
export async function updateCommentWindow(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; windowId: string; version: number; choices: Partial<WindowChoices>; mailDelivers: boolean; today?: string }) {
  const { db, actor, organizationId, planId, windowId, choices } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  await inTransaction(db, async (trx) => {
    const before = await publicCommentPeriodsRepo.find(trx, organizationId, planId, windowId, { lock: true });
    if (!before) throw notFound('Public comment window');
    if (before.version !== options.version) throw new AppError('conflict', 'Someone else changed this window; reload it and try again');
    const { plan, versions } = await listPlanVersions({ db: trx, organizationId, planId });
    if (stateOfWindow(before, { lifecycle: plan.lifecycle, versions }, today).state === 'moved_on') throw new AppError('conflict', 'The plan has moved on from this draft: its public comment is history. Open the plan for comment again to take more');
    checkWindowChoices(choices, { opensOn: before.opens_on, today, mailDelivers: options.mailDelivers });
    const after = await publicCommentPeriodsRepo.update(trx, windowId, choices);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'public_comment.window_changed',
      entityType: 'public_comment_window',
      entityId: windowId,
      before: { closes_on: before.closes_on, verify_email: before.verify_email, show_comments: before.show_comments },
      after: { closes_on: after.closes_on, verify_email: after.verify_email, show_comments: after.show_comments },
    });
  });
  return (await readCommentWindows({ db, organizationId, planId, today })).windows.find((w) => w.id === windowId)!;
}
