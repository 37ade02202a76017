import type { Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';
import type { CodeRow, FocusGroupRow, NoteRow } from './focus-groups.repo.js';
import type { ProtocolRow } from './protocols.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

/** The session a focus group is, as the cycle and its record have it. */
export interface SessionFacts {
  id: string;
  name: string;
  date: string;
  phase_id: string;
  phase_name: string;
  length_minutes: number | null;
  place: string | null;
  start_time: string | null;
  present: number;
}

export function presentProtocol(row: ProtocolRow) {
  return { id: row.id, library_key: row.library_key, title: row.title, protocol: row.protocol as Protocol, version: row.version, created_at: iso(row.created_at), updated_at: iso(row.updated_at) };
}

export function presentSummary(row: FocusGroupRow, session: SessionFacts) {
  const protocol = row.protocol as Protocol;
  return {
    id: row.id,
    cycle_id: row.cycle_id,
    session,
    title: protocol.title,
    library_key: row.library_key,
    protocol_id: row.protocol_id,
    constituency: row.constituency,
    language: row.language,
    label: row.label,
    participant_count: row.participant_count,
    facilitator: row.facilitator,
    questions: protocol.questions.length,
    notes_written: row.notes_written ?? 0,
    codes: row.codes ?? 0,
    version: row.version,
    updated_at: iso(row.updated_at),
  };
}

export function presentNote(row: Pick<NoteRow, 'question_key' | 'text' | 'version' | 'updated_at' | 'updated_by_name'>) {
  return { question_key: row.question_key, text: row.text, version: row.version, updated_by: row.updated_by_name ?? null, updated_at: iso(row.updated_at) };
}

/** A question nobody has written notes for yet. */
export const emptyNote = (questionKey: string) => ({ question_key: questionKey, text: '', version: 0, updated_by: null, updated_at: null });

export function presentCode(row: CodeRow) {
  return {
    id: row.id,
    question_key: row.question_key,
    theme_id: row.theme_id,
    theme_name: row.theme_name,
    passage: row.passage,
    in_note: row.passage === null || row.note_text.includes(row.passage),
  };
}

export function presentDetail(row: FocusGroupRow, session: SessionFacts, notes: NoteRow[], codes: CodeRow[]) {
  return { ...presentSummary(row, session), protocol: row.protocol as Protocol, notes: notes.map(presentNote), coded: codes.map(presentCode) };
}
