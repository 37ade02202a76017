import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { listPlanVersions } from '../../plan/versions/list-plan-versions.js';
import { transitionPlan } from '../../plan/versions/transition-plan.js';
import { presentWindow } from './comment-windows.present.js';
import { publicCommentPeriodsRepo } from './public-comment-periods.repo.js';

export interface WindowChoices {
  closesOn: string;
  verifyEmail?: boolean;
  showComments?: boolean;
}

/** The checks a window's settings pass, opening or later: dates in order, and mail for a verified email. */
export function checkWindowChoices(choices: Partial<WindowChoices>, context: { opensOn: string; today: string; mailDelivers: boolean }) {
  if (choices.closesOn !== undefined && choices.closesOn < context.today) throw invalidInput('/closes_on', 'must be today or later', { code: 'in_the_past' });
  if (choices.closesOn !== undefined && choices.closesOn < context.opensOn) throw invalidInput('/closes_on', `must be on or after the day comment opens (${context.opensOn})`, { code: 'before_opening' });
  if (choices.verifyEmail && !context.mailDelivers) throw invalidInput('/verify_email', 'needs the server to send mail (SMTP_URL)', { code: 'mail_not_configured' });
}

/**
 * Puts a draft (or an amendment) out for public comment: the plan's lifecycle move freezes the
 * version the public reads, and the window that takes comments on it opens today, in one
 * transaction. A window still running from an earlier draft of the plan closes.
 */
export async function openPublicComment(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; version: number; choices: WindowChoices; mailDelivers: boolean; today?: string }) {
  const { db, actor, organizationId, planId, choices } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  checkWindowChoices(choices, { opensOn: today, today, mailDelivers: options.mailDelivers });
  return inTransaction(db, async (trx) => {
    const plan = await transitionPlan({ db: trx, actor, organizationId, planId, to: 'public_comment', version: options.version });
    const { versions } = await listPlanVersions({ db: trx, organizationId, planId });
    await publicCommentPeriodsRepo.closeRunning(trx, planId);
    const row = await publicCommentPeriodsRepo.insert(trx, {
      organizationId,
      planId,
      draftVersion: versions[0]!.number,
      opensOn: today,
      closesOn: choices.closesOn,
      verifyEmail: choices.verifyEmail ?? false,
      showComments: choices.showComments ?? false,
      createdBy: actor.userId,
    });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'public_comment.opened',
      entityType: 'public_comment_window',
      entityId: row.id,
      after: { plan_id: planId, draft_version: row.draft_version, opens_on: row.opens_on, closes_on: row.closes_on, verify_email: row.verify_email, show_comments: row.show_comments },
    });
    return { plan, window: presentWindow(row, { state: 'open', closedOn: null }, undefined) };
  });
}
