import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockPlan } from '../../plan/plans/read-plan.js';
import { readScorecard } from '../scorecard/read-scorecard.js';
import { presentClosure } from './rollover.present.js';
import { rolloverRepo } from './rollover.repo.js';
import { openActionsAt, presentCarried, yearEndOf } from './year-end.js';

type Scorecard = Awaited<ReturnType<typeof readScorecard>>;

/**
 * Closes a plan's year: keeps the scorecard as it stood on the year's last day, and moves each
 * action still open then to the same day a year later. 409 when the year is already closed.
 *
 * The due dates move in the working copy even when the plan is adopted: carrying unfinished work
 * into the next year is monitoring's bookkeeping, not a change of what the board adopted, so it
 * makes no amendment; the audit event says so, and the closure keeps the dates as they were.
 */
export async function closeYear(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; year: string; today: string }) {
  const { db, actor, organizationId, planId, today } = options;
  return inTransaction(db, async (trx) => {
    // The plan's row lock makes two people closing the same year at once wait for each other.
    const locked = await lockPlan(trx, organizationId, planId);
    if (!locked) throw notFound('Plan');
    const { plan, yearLabel, yearEndsOn } = await yearEndOf({ db: trx, organizationId, planId, year: options.year, today, path: '/year' });
    const existing = await rolloverRepo.findClosure(trx, plan.id, yearLabel);
    if (existing) throw new AppError('conflict', `${yearLabel} is already closed for this plan`, [{ path: '/year', message: 'is already closed', code: 'already_closed', params: { year: yearLabel } }]);
    const summary = summarize(await readScorecard({ db: trx, organizationId, planId: plan.id, today: yearEndsOn }));
    const open = await openActionsAt(trx, plan.id, yearEndsOn);
    for (const action of open) await rolloverRepo.moveDue(trx, action.elementId, action.toDue);
    const carried = open.map(presentCarried);
    const row = await rolloverRepo.insertClosure(trx, { organizationId, planId: plan.id, yearLabel, yearEndsOn, summary, carried, closedBy: actor.userId, closedByLabel: actor.label });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.year_closed',
      entityType: 'plan',
      entityId: plan.id,
      after: { yearLabel, yearEndsOn, carried, note: 'Due dates of open actions moved in the working copy by the year-end rollover; not an amendment' },
    });
    return presentClosure(row);
  });
}

/** The scorecard kept small: what a later reader needs to know how the year ended. */
function summarize(scorecard: Scorecard) {
  return {
    goals: scorecard.goals.map((goal) => ({ key: goal.key, title: goal.title, status: goal.rollUp.status, explanation: goal.rollUp.explanation })),
    measures: scorecard.goals
      .flatMap((goal) => [...goal.measures, ...goal.strategies.flatMap((s) => s.measures)])
      .map((m) => ({ key: m.key, name: m.name, status: m.status.status, actual: m.status.actual, expected: m.status.expected, periodLabel: m.status.period?.label ?? null })),
  };
}
