import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { normsRepo, type NormsValues } from './norms.repo.js';
import { presentNormsVersion } from './norms.present.js';

/**
 * Saves the cycle's norms and decision protocol as a new version. The caller names the version
 * the edit started from; when someone saved since, 409 with the current version, so nobody's
 * wording is silently replaced.
 */
export async function saveNorms(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; basedOn: number; values: NormsValues }) {
  const { db, actor, organizationId, cycleId, basedOn, values } = options;
  if (values.decision.method === 'other' && !values.decision.description) throw invalidInput('/decision/description', 'is required when the method is other', { code: 'required' });
  return inTransaction(db, async (trx) => {
    if (!(await normsRepo.findCycle(trx, organizationId, cycleId, { lock: true }))) throw notFound('Cycle');
    const before = await normsRepo.findCurrent(trx, cycleId);
    const currentNumber = before?.number ?? 0;
    if (basedOn !== currentNumber) {
      throw new AppError('conflict', 'Someone saved the norms meanwhile; review their version and try again', [], { current: before ? presentNormsVersion(before) : null });
    }
    const { id } = await normsRepo.insertVersion(trx, { cycleId, organizationId, number: currentNumber + 1, actor }, values);
    const saved = (await normsRepo.findVersion(trx, cycleId, currentNumber + 1))!;
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'norms.saved',
      entityType: 'cycle_norms_version',
      entityId: id,
      before: before ? presentNormsVersion(before) : undefined,
      after: presentNormsVersion(saved),
    });
    return saved;
  });
}
