import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { auditRepo } from '../audit/audit.repo.js';
import { lockCycle } from './cycle-rules.js';
import { cyclesRepo } from './cycles.repo.js';

/**
 * Renames a cycle and/or links it to the plan it produces (null unlinks). The plan must be the
 * district's own: a plan id from elsewhere is refused as bad input, saying nothing about it.
 * 409 with the current name, plan and version when the caller's copy is stale.
 */
export function changeCycle(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; version: number; name?: string; planId?: string | null }) {
  const { db, actor, organizationId, cycleId, version } = options;
  const changes: { name?: string; plan_id?: string | null } = {};
  if (options.name !== undefined) changes.name = options.name;
  if (options.planId !== undefined) changes.plan_id = options.planId;
  if (Object.keys(changes).length === 0) throw invalidInput('/name', 'give a name or a planId to change');
  return inTransaction(db, async (trx) => {
    const before = await lockCycle(trx, organizationId, cycleId);
    if (changes.plan_id && !(await cyclesRepo.findDistrictPlan(trx, organizationId, changes.plan_id))) throw invalidInput('/planId', 'is not a plan of this district');
    const after = before.version === version ? await cyclesRepo.updateCycle(trx, cycleId, version, changes) : undefined;
    if (!after) throw new AppError('conflict', 'Someone else changed this cycle; review the latest version and try again', [], { current: { name: before.name, planId: before.plan_id, version: before.version } });
    const isRename = changes.plan_id === undefined;
    await auditRepo.record(trx, actor, {
      organizationId,
      action: isRename ? 'cycle.renamed' : 'cycle.changed',
      entityType: 'planning_cycle',
      entityId: cycleId,
      before: { name: before.name, planId: before.plan_id },
      after: { name: after.name, planId: after.plan_id },
    });
    return after;
  });
}
