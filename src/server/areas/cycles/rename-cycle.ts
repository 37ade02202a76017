import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { auditRepo } from '../audit/audit.repo.js';
import { lockCycle } from './cycle-rules.js';
import { cyclesRepo } from './cycles.repo.js';

/** Renames a cycle; 409 with the current name and version when the caller's copy is stale. */
export function renameCycle(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; version: number; name: string }) {
  const { db, actor, organizationId, cycleId, version, name } = options;
  return inTransaction(db, async (trx) => {
    const before = await lockCycle(trx, organizationId, cycleId);
    const after = before.version === version ? await cyclesRepo.renameCycle(trx, cycleId, version, name) : undefined;
    if (!after) throw new AppError('conflict', 'Someone else changed this cycle; review the latest version and try again', [], { current: { name: before.name, version: before.version } });
    await auditRepo.record(trx, actor, { organizationId, action: 'cycle.renamed', entityType: 'planning_cycle', entityId: cycleId, before: { name: before.name }, after: { name } });
    return after;
  });
}
