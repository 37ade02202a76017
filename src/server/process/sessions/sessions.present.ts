import type { AttendanceStatus } from '../tables.js';
import type { RecordRow, SessionRow, TaskRow } from './sessions.repo.js';

type AgendaItem = { title: string; minutes: number | null; presenter: string | null };
type Decision = { text: string; method: 'consensus' | 'fist_to_five' | 'majority' | 'other' | null };
type RosterRow = { id: string; name: string; user_id: string | null; committee_role: string; constituency: string; status: AttendanceStatus | null };

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface SessionDetails {
  purpose?: string;
  agenda?: string[];
  outcomes?: string[];
}

/** The template's agenda lines, as items of the editable agenda (no times or presenters yet). */
export function templateAgenda(details: unknown): AgendaItem[] {
  const agenda = (details as SessionDetails | null)?.agenda ?? [];
  return agenda.map((title) => ({ title, minutes: null, presenter: null }));
}

export function presentTask(row: TaskRow) {
  return {
    id: row.id,
    sessionId: row.session_id,
    title: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name ?? null,
    dueDate: row.due_date,
    status: row.status,
    doneAt: iso(row.done_at),
    version: row.version,
  };
}

export function presentAttendance(row: RosterRow) {
  return { committeeMemberId: row.id, name: row.name, userId: row.user_id, committeeRole: row.committee_role, constituency: row.constituency, status: row.status ?? null };
}

/** Everything about one session: the cycle's row, the record the district keeps, attendance and tasks. */
export function presentRecord(session: SessionRow, record: RecordRow | undefined, roster: RosterRow[], tasks: TaskRow[]) {
  const details = (session.details ?? {}) as SessionDetails;
  return {
    session: {
      id: session.id,
      cycleId: session.cycle_id,
      phaseId: session.phase_id,
      phaseName: session.phase_name,
      name: session.name,
      format: session.format,
      audience: session.audience,
      date: session.session_date,
      lengthMinutes: session.length_minutes,
      purpose: details.purpose ?? null,
      outcomes: details.outcomes ?? [],
      version: session.version,
    },
    place: record?.place ?? null,
    meetingLink: record?.meeting_link ?? null,
    startTime: record?.start_time ?? null,
    agenda: (record?.agenda as AgendaItem[] | null | undefined) ?? templateAgenda(session.details),
    agendaFromTemplate: !record?.agenda,
    minutes: record?.minutes ?? '',
    decisions: (record?.decisions as Decision[] | undefined) ?? [],
    attendance: roster.map(presentAttendance),
    tasks: tasks.map(presentTask),
    updatedAt: record ? iso(record.updated_at) : null,
  };
}

export type PresentedRecord = ReturnType<typeof presentRecord>;

export function presentSummary(row: { id: string; place: string | null; meeting_link: string | null; start_time: string | null; minutes: string | null; open_tasks: number | null; present: number | null }) {
  return {
    sessionId: row.id,
    place: row.place,
    meetingLink: row.meeting_link,
    startTime: row.start_time,
    hasMinutes: Boolean(row.minutes?.trim()),
    present: Number(row.present ?? 0),
    openTasks: Number(row.open_tasks ?? 0),
  };
}
