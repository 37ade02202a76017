import type { Transaction } from 'kysely';
import { fishboneSchema, fiveWhysSchema } from '../../../core/evidence/retreat/root-causes.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, detailOfIssue, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { listPlanElements } from '../../plan/plans/read-plan.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { checkArea, checkCitations } from './check-retreat-inputs.js';
import type { PriorityValues } from './priorities.schema.js';
import { prioritiesRepo, type PriorityChanges, type PriorityRow } from './priorities.repo.js';
import { findRetreat, staleError, type RetreatScope } from './retreat-scope.js';
import { presentPriority } from './retreats.present.js';
import type { RetreatRow } from './retreats.repo.js';

/** 400 naming each root cause that does not fit the method (/root_causes/2, /root_causes/0/category). */
function checkRootCauses(method: 'five_whys' | 'fishbone', causes: unknown): unknown[] {
  const parsed = (method === 'five_whys' ? fiveWhysSchema : fishboneSchema).safeParse(causes);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => detailOfIssue(['/root_causes', ...issue.path.map(String)].join('/'), issue));
  throw new AppError('invalid_input', `The root causes do not fit the ${method === 'five_whys' ? 'five whys' : 'fishbone'}`, details);
}

/** 400 /goal_key unless it names a goal of the plan the retreat's cycle produces. */
async function checkGoalKey(trx: Transaction<DB>, retreat: RetreatRow, goalKey: string) {
  const contents = await readCycleContents({ db: trx, organizationId: retreat.organization_id, cycleId: retreat.cycle_id });
  if (!contents?.plan) throw invalidInput('/goal_key', 'cannot be set yet: the cycle has no plan', { code: 'not_in_this_plan' });
  const goals = (await listPlanElements(trx, contents.plan.id)).filter((element) => element.kind === 'goal');
  if (!goals.some((goal) => goal.key === goalKey)) throw invalidInput('/goal_key', 'is not a goal of the cycle’s plan', { code: 'not_in_this_plan' });
}

/**
 * The team writes a priority's gap analysis: where we are (with evidence), where we want to be
 * (and the goal it became), the gap, its root causes (five whys or a fishbone, checked with the
 * method's schema: the one sent, else the priority's) and the case for change. What is not sent
 * stays; 409 with the current priority when `version` is stale.
 */
export async function updatePriority(options: RetreatScope & { priorityId: string; version: number; values: PriorityValues }): Promise<PriorityRow> {
  const { db, actor, organizationId, retreatId, priorityId, version, values } = options;
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId);
    const before = await prioritiesRepo.find(trx, retreatId, priorityId);
    if (!before) throw notFound('Priority');
    const changes: PriorityChanges = { ...values };
    if (values.area !== undefined) checkArea(retreat.frame, values.area);
    if (values.current_evidence) await checkCitations(trx, retreatId, values.current_evidence, '/current_evidence');
    if (values.goal_key) await checkGoalKey(trx, retreat, values.goal_key);
    const method = values.root_cause_method ?? before.root_cause_method;
    if (values.root_causes !== undefined || method !== before.root_cause_method) changes.root_causes = checkRootCauses(method, values.root_causes ?? before.root_causes);
    const after = await prioritiesRepo.update(trx, retreatId, priorityId, version, changes);
    if (!after) throw staleError('priority', presentPriority(before));
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_priority_updated', entityType: 'retreat_priority', entityId: priorityId, before: presentPriority(before), after: presentPriority(after) });
    return after;
  });
}
