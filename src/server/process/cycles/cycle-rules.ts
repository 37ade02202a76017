import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { resolveOrganizationAccess } from '../../auth/checkpoint.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { ItemKind } from './cycle-fields.js';
import { cycleItemsRepo, type ItemRow } from './cycle-items.repo.js';
import { cyclesRepo } from './cycles.repo.js';
import { presentItem } from './cycles.present.js';

const itemName = { phase: 'Phase', step: 'Step', session: 'Session', deliverable: 'Deliverable' } as const;

/** The cycle, locked so that writes renumbering its items take turns; 404 when it is not the district's. */
export async function lockCycle(trx: Transaction<DB>, organizationId: string, cycleId: string) {
  const cycle = await cyclesRepo.lockCycle(trx, organizationId, cycleId);
  if (!cycle) throw notFound('Cycle');
  return cycle;
}

export async function findItem(trx: Transaction<DB>, kind: ItemKind, cycleId: string, id: string) {
  const row = await cycleItemsRepo.find(trx, kind, cycleId, id);
  if (!row) throw notFound(itemName[kind]);
  return row;
}

/** 409 with the row as it is now, so the caller can show what changed and try again. */
export function staleItem(kind: ItemKind, current: ItemRow) {
  return new AppError('conflict', `Someone else changed this ${kind}; review the latest version and try again`, [], { current: presentItem(kind, current) });
}

/** The phase a step, session or deliverable goes in; it must be of the same cycle. */
export async function checkPhase(trx: Transaction<DB>, cycleId: string, phaseId: string) {
  const phase = await cycleItemsRepo.find(trx, 'phase', cycleId, phaseId);
  if (!phase) throw invalidInput('/phaseId', 'is not a phase of this cycle', { code: 'not_in_this_cycle' });
  return phase;
}

/**
 * An owner must be an active member of the district; a reviewer must also be allowed to review
 * (a planner, an administrator or a coach assigned to the district).
 */
export async function checkPeople(trx: Transaction<DB>, organizationId: string, fields: { ownerId?: string | null; reviewerId?: string | null }) {
  if (fields.ownerId) {
    const access = await resolveOrganizationAccess(trx, fields.ownerId, organizationId);
    if (!access || access.source !== 'member') throw invalidInput('/ownerId', 'is not a member of this district', { code: 'not_a_member' });
  }
  if (fields.reviewerId) {
    const access = await resolveOrganizationAccess(trx, fields.reviewerId, organizationId);
    if (!access?.permissions.has('process.review')) throw invalidInput('/reviewerId', 'must be a planner or administrator of the district, or a coach assigned to it', { code: 'not_a_reviewer' });
  }
}

/** A phase ends on or after the day it starts. */
export function checkPhaseDates(startDate: string, endDate: string) {
  if (endDate < startDate) throw invalidInput('/endDate', 'must be on or after the start date', { code: 'end_before_start' });
}
