import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { buildCheckInAgenda, type AgendaItem } from './build-check-in-agenda.js';
import { readAgendaSources } from './check-in-agenda-sources.js';
import { resolveAttendees } from './check-in-attendees.js';
import { checkInsRepo } from './check-ins.repo.js';
import { presentCheckIn, presentFollowUp } from './check-ins.present.js';

/**
 * Opens a check-in of the plan with its agenda already built: what is off track, at risk or
 * overdue now (read from the scorecard and the owed updates on `today`), each item marked new
 * when the previous check-in's agenda did not have it, then the follow-ups still open.
 */
export async function createCheckIn(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; values: { heldOn: string; attendees: ReadonlyArray<{ userId?: string; name?: string }> }; today?: string }) {
  const { db, actor, organizationId, planId, values } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const attendees = await resolveAttendees(db, organizationId, values.attendees);
  const sources = await readAgendaSources({ db, organizationId, planId, today });
  return inTransaction(db, async (trx) => {
    const previous = await checkInsRepo.findPreviousCheckIn(trx, organizationId, planId, values.heldOn);
    const openFollowUps = (await checkInsRepo.listOpenFollowUpsBefore(trx, organizationId, planId, values.heldOn)).map(presentFollowUp);
    const agenda = buildCheckInAgenda({
      ...sources,
      openFollowUps: openFollowUps.map((f) => ({ id: f.id, title: f.title, ownerName: f.ownerName, dueDate: f.dueDate })),
      previousKeys: new Set(((previous?.agenda as AgendaItem[] | null) ?? []).map((item) => item.key)),
    });
    const row = await checkInsRepo.insertCheckIn(trx, {
      organizationId,
      planId,
      heldOn: values.heldOn,
      sinceOn: previous?.held_on ?? null,
      attendees: JSON.stringify(attendees),
      agenda: JSON.stringify(agenda),
      userId: actor.userId,
    });
    const checkIn = presentCheckIn(row, []);
    await recordAuditEvent(trx, actor, { organizationId, action: 'check_in.created', entityType: 'check_in', entityId: checkIn.id, after: { heldOn: checkIn.heldOn, attendees: checkIn.attendees, agendaItems: checkIn.agenda.length } });
    return checkIn;
  });
}
