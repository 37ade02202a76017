import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { labelElement, type LabelledKind } from '../../../core/plan/element-label.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { plansRepo } from '../plans/plans.repo.js';
import { mentionMessage } from './mention-message.js';
import { findMentionedReaders } from './mentions.js';
import { withMentionNames } from './list-plan-comments.js';
import { planCommentsRepo } from './plan-comments.repo.js';

/**
 * Comments on a plan, or on one of its elements. "@" followed by the email of someone who can
 * read the plan mentions them: their id is stored with the comment and one mail each is queued
 * in the same transaction (not to the author), sent once it commits. Archived plans take no comments.
 */
export async function addPlanComment(options: { ctx: AppContext; actor: Actor; authorName: string; organizationId: string; planId: string; elementId: string | null; body: string }) {
  const { ctx, actor, authorName, organizationId, planId, elementId, body } = options;
  const { commentId, messageIds } = await inTransaction(ctx.db, async (trx) => {
    const plan = await plansRepo.findPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    if (plan.lifecycle === 'archived') throw new AppError('plan_not_editable', 'The plan is archived and takes no more comments');
    const element = elementId ? await planCommentsRepo.findElement(trx, plan.id, elementId) : null;
    if (elementId && !element) throw notFound('Element');
    const mentioned = await findMentionedReaders(trx, organizationId, body);
    const { id } = await planCommentsRepo.insert(trx, { planId: plan.id, organizationId, elementId, authorId: actor.userId, body, mentions: mentioned.map((u) => u.id) });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan_comment.created',
      entityType: 'plan_comment',
      entityId: id,
      after: { planId: plan.id, elementKey: element?.key ?? null, body, mentions: mentioned.map((u) => u.email) },
    });
    const header = plan.header as PlanHeader;
    const elementLabel = element ? labelElement(header.plan.level_names, labelledKind(element.kind, element.fields), element.key, titleOf(element.fields)) : null;
    const link = `${ctx.config.publicUrl}/o/${organizationId}/plans/${plan.id}`;
    const messageIds: string[] = [];
    for (const person of mentioned.filter((u) => u.id !== actor.userId)) {
      const message = mentionMessage({ locale: person.locale, authorName, planTitle: plan.title, elementLabel, body, link });
      messageIds.push(await queueMail(trx, { organizationId, to: person.email, ...message }, ctx.mail.statusForNewMail));
    }
    return { commentId: id, messageIds };
  });
  await ctx.mail.dispatch(messageIds);
  const [comment] = await withMentionNames(ctx.db, [(await planCommentsRepo.find(ctx.db, planId, commentId))!]);
  return comment!;
}

/** Interim goals and guardrails are goals with a kind; messages name them by it. */
function labelledKind(kind: 'goal' | 'measure' | 'strategy' | 'action', fields: unknown): LabelledKind {
  const goalKind = (fields as { kind?: string }).kind;
  return kind === 'goal' && (goalKind === 'interim_goal' || goalKind === 'guardrail') ? goalKind : kind;
}

function titleOf(fields: unknown): string | undefined {
  const { title, name } = fields as { title?: unknown; name?: unknown };
  return typeof title === 'string' ? title : typeof name === 'string' ? name : undefined;
}
