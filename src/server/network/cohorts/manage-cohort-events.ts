import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { CohortEventValues } from './cohorts.schema.js';
import { cohortsRepo } from './cohorts.repo.js';

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string; cohortId: string };

/**
 * The cohort's shared calendar: milestones (what is due to the network, and when) and sessions (the
 * cohort's meetings and professional development). Every member district sees them.
 */
export function addCohortEvent(options: Scope & { values: CohortEventValues }) {
  const { db, actor, networkId, cohortId, values } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const event = await cohortsRepo.insertEvent(trx, { cohortId, networkId, kind: values.kind, title: values.title, date: values.date, startTime: values.startTime ?? null, location: values.location || null, details: values.details ?? '' });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'cohort.event_added', entityType: 'cohort_event', entityId: event.id, after: { cohortId, kind: event.kind, title: event.title, date: event.event_date } });
    return event;
  });
}

export function updateCohortEvent(options: Scope & { eventId: string; values: Partial<CohortEventValues> & { version: number } }) {
  const { db, actor, networkId, cohortId, eventId, values } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const before = await cohortsRepo.findEvent(trx, cohortId, eventId);
    if (!before) throw notFound('Event');
    const changes = {
      kind: values.kind,
      title: values.title,
      event_date: values.date,
      start_time: values.startTime === undefined ? undefined : values.startTime,
      location: values.location === undefined ? undefined : values.location || null,
      details: values.details,
    };
    const after = await cohortsRepo.updateEvent(trx, eventId, values.version, changes);
    if (!after) throw new AppError('conflict', 'Someone else changed this event; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'cohort.event_updated', entityType: 'cohort_event', entityId: eventId, before: { title: before.title, date: before.event_date }, after: { title: after.title, date: after.event_date } });
    return after;
  });
}

export function removeCohortEvent(options: Scope & { eventId: string }) {
  const { db, actor, networkId, cohortId, eventId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const removed = (await cohortsRepo.findEvent(trx, cohortId, eventId)) && (await cohortsRepo.deleteEvent(trx, eventId));
    if (!removed) throw notFound('Event');
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'cohort.event_removed', entityType: 'cohort_event', entityId: eventId, before: { title: removed.title, date: removed.event_date } });
  });
}
