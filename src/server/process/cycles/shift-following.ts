import { sql, type Transaction } from 'kysely';
import { fromDayNumber, toDayNumber } from '../../../core/process/calendar-dates.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { deliverablesRepo } from './deliverables.repo.js';

const shiftDay = (date: string, days: number) => fromDayNumber(toDayNumber(date) + days);

/**
 * After a phase's dates moved, carries the rest of the calendar with it: the phase's own sessions
 * and deliverable due dates move as far as its start did, and every later phase (with its
 * sessions and deliverables) as far as its end did. Runs in the caller's transaction, so the edit
 * and what it carried are saved, audited and refused together. Each moved row's version goes up,
 * so someone editing one of them meanwhile gets a 409 rather than overwriting the new date.
 */
export async function shiftFollowing(
  trx: Transaction<DB>,
  actor: Actor,
  options: { organizationId: string; cycleId: string; phase: { id: string; position: number }; startDays: number; endDays: number },
) {
  const { organizationId, cycleId, phase, startDays, endDays } = options;
  const later = await trx.selectFrom('cycle_phases').selectAll().where('cycle_id', '=', cycleId).where('position', '>', phase.position).orderBy('position').execute();
  const moves: Array<{ phaseIds: string[]; days: number }> = [
    { phaseIds: [phase.id], days: startDays },
    { phaseIds: later.map((p) => p.id), days: endDays },
  ];
  const moved = { phases: [] as string[], sessions: [] as string[], deliverables: [] as string[] };
  for (const { phaseIds, days } of moves) {
    if (days === 0 || phaseIds.length === 0) continue;
    for (const row of later.filter((p) => phaseIds.includes(p.id))) {
      await trx
        .updateTable('cycle_phases')
        .set({ start_date: shiftDay(row.start_date, days), end_date: shiftDay(row.end_date, days), version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', row.id)
        .execute();
      moved.phases.push(row.id);
    }
    const sessions = await trx.selectFrom('cycle_sessions').select(['id', 'session_date']).where('cycle_id', '=', cycleId).where('phase_id', 'in', phaseIds).execute();
    for (const session of sessions) {
      await trx.updateTable('cycle_sessions').set({ session_date: shiftDay(session.session_date, days), version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', session.id).execute();
      moved.sessions.push(session.id);
    }
    const deliverables = await trx.selectFrom('cycle_deliverables').select(['id', 'due_date']).where('cycle_id', '=', cycleId).where('phase_id', 'in', phaseIds).execute();
    for (const deliverable of deliverables) {
      const dueDate = shiftDay(deliverable.due_date, days);
      await trx.updateTable('cycle_deliverables').set({ due_date: dueDate, version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', deliverable.id).execute();
      // The owner sees in the deliverable's own history why its due date changed.
      await deliverablesRepo.recordEvent(trx, actor, { deliverableId: deliverable.id, organizationId, kind: 'edited', changes: { before: { dueDate: deliverable.due_date }, after: { dueDate }, carriedBy: phase.id } });
      moved.deliverables.push(deliverable.id);
    }
  }
  if (moved.phases.length + moved.sessions.length + moved.deliverables.length > 0) {
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'cycle.dates_shifted',
      entityType: 'cycle_phase',
      entityId: phase.id,
      after: { cycleId, ownContentsDays: startDays, laterPhasesDays: endDays, ...moved },
    });
  }
  return moved;
}

/** Days between two calendar dates, later minus earlier. */
export const daysBetween = (from: string, to: string) => toDayNumber(to) - toDayNumber(from);
