import type { AgendaItem } from './build-check-in-agenda.js';
import type { CheckInRow, FollowUpRow } from './check-ins.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export interface Attendee {
  userId: string | null;
  name: string;
}

export function presentFollowUp(row: FollowUpRow) {
  return {
    id: row.id,
    checkInId: row.check_in_id,
    title: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name ?? null,
    dueDate: row.due_date,
    status: row.status,
    doneAt: row.done_at === null ? null : iso(row.done_at),
    version: row.version,
  };
}
export type PresentedFollowUp = ReturnType<typeof presentFollowUp>;

/** A check-in with its follow-ups; the JSON columns are listed field by field. */
export function presentCheckIn(row: CheckInRow, followUps: readonly FollowUpRow[]) {
  const attendees = (row.attendees as Attendee[] | null) ?? [];
  const agenda = (row.agenda as AgendaItem[] | null) ?? [];
  const decisions = (row.decisions as Array<{ text: string }> | null) ?? [];
  return {
    id: row.id,
    planId: row.plan_id,
    heldOn: row.held_on,
    sinceOn: row.since_on,
    attendees: attendees.map((a) => ({ userId: a.userId ?? null, name: a.name })),
    agenda: agenda.map((item) => ({
      key: item.key,
      kind: item.kind,
      elementKey: item.elementKey ?? null,
      goalKey: item.goalKey ?? null,
      goalTitle: item.goalTitle ?? null,
      goalStatus: item.goalStatus ?? null,
      title: item.title,
      reasons: item.reasons ?? [],
      status: item.status ?? null,
      explanation: item.explanation ?? null,
      owner: item.owner ?? null,
      periodLabel: item.periodLabel ?? null,
      dueOn: item.dueOn ?? null,
      isNew: Boolean(item.isNew),
    })),
    notes: row.notes,
    decisions: decisions.map((d) => ({ text: d.text })),
    followUps: followUps.filter((f) => f.check_in_id === row.id).map(presentFollowUp),
    createdBy: row.created_by_name,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
export type PresentedCheckIn = ReturnType<typeof presentCheckIn>;
