import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { AgendaItem } from './build-check-in-agenda.js';
import { resolveAttendees } from './check-in-attendees.js';
import { checkInsRepo, type CheckInValues } from './check-ins.repo.js';
import { presentCheckIn } from './check-ins.present.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
}

export interface CheckInChanges {
  heldOn?: string;
  attendees?: ReadonlyArray<{ userId?: string; name?: string }>;
  agenda?: readonly AgendaItem[];
  notes?: string;
  decisions?: ReadonlyArray<{ text: string }>;
}

/** The plan's check-ins, newest first, each with its follow-ups. */
export async function listCheckIns(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const { db, organizationId, planId } = options;
  const rows = await checkInsRepo.listCheckIns(db, organizationId, planId);
  const followUps = await checkInsRepo.listFollowUps(db, organizationId, rows.map((r) => r.id));
  return { checkIns: rows.map((row) => presentCheckIn(row, followUps)) };
}

export async function loadCheckIn(db: Kysely<DB> | Transaction<DB>, organizationId: string, planId: string, checkInId: string) {
  const row = await checkInsRepo.findCheckIn(db, organizationId, planId, checkInId);
  if (!row) throw notFound('Check-in');
  return presentCheckIn(row, await checkInsRepo.listFollowUps(db, organizationId, [row.id]));
}

/** Records the meeting: its date, who came, the agenda as the team kept it, notes and decisions. */
export async function updateCheckIn(options: Scope & { checkInId: string; version: number; changes: CheckInChanges }) {
  const { db, actor, organizationId, planId, checkInId, version, changes } = options;
  const attendees = changes.attendees ? await resolveAttendees(db, organizationId, changes.attendees) : undefined;
  return inTransaction(db, async (trx) => {
    const before = await loadCheckIn(trx, organizationId, planId, checkInId);
    const stale = () => new AppError('conflict', 'Someone else changed this check-in; review and try again', [], { current: before });
    if (before.version !== version) throw stale();
    const values: CheckInValues = {
      ...(changes.heldOn !== undefined ? { held_on: changes.heldOn } : {}),
      ...(attendees ? { attendees: JSON.stringify(attendees) } : {}),
      ...(changes.agenda ? { agenda: JSON.stringify(changes.agenda) } : {}),
      ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
      ...(changes.decisions ? { decisions: JSON.stringify(changes.decisions.map((d) => ({ text: d.text }))) } : {}),
    };
    if (!(await checkInsRepo.updateCheckIn(trx, organizationId, checkInId, version, values))) throw stale();
    const after = await loadCheckIn(trx, organizationId, planId, checkInId);
    const changed = Object.keys(changes) as Array<keyof CheckInChanges>;
    const pick = (checkIn: typeof after) => Object.fromEntries(changed.map((key) => [key, checkIn[key]]));
    await recordAuditEvent(trx, actor, { organizationId, action: 'check_in.changed', entityType: 'check_in', entityId: checkInId, before: pick(before), after: pick(after) });
    return after;
  });
}

/** Removes a check-in with its follow-ups. */
export async function removeCheckIn(options: Scope & { checkInId: string }) {
  const { db, actor, organizationId, planId, checkInId } = options;
  return inTransaction(db, async (trx) => {
    const before = await loadCheckIn(trx, organizationId, planId, checkInId);
    await checkInsRepo.deleteCheckIn(trx, organizationId, checkInId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'check_in.removed', entityType: 'check_in', entityId: checkInId, before });
  });
}
