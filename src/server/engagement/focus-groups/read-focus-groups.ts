import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { readSessionSummaries } from '../../process/sessions/read-session-summaries.js';
import { focusGroupsRepo, type FocusGroupRow } from './focus-groups.repo.js';
import { presentDetail, presentSummary, type SessionFacts } from './focus-groups.present.js';

type Scope = { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string };

/** The sessions of the cycle, by id, as focus groups show them: the cycle's row and the session's record. */
export async function readSessionFacts(scope: Scope): Promise<Map<string, SessionFacts>> {
  const contents = await readCycleContents(scope);
  if (!contents) throw notFound('Cycle');
  const summaries = await readSessionSummaries(scope);
  const phaseNames = new Map(contents.phases.map((phase) => [phase.id, phase.name]));
  return new Map(
    contents.sessions.map((session) => {
      const summary = summaries.get(session.id);
      return [
        session.id,
        {
          id: session.id,
          name: session.name,
          date: session.session_date,
          phase_id: session.phase_id,
          phase_name: phaseNames.get(session.phase_id) ?? '',
          length_minutes: session.length_minutes,
          place: summary?.place ?? null,
          start_time: summary?.startTime ?? null,
          present: summary?.present ?? 0,
        },
      ];
    }),
  );
}

const sessionOf = (sessions: Map<string, SessionFacts>, row: FocusGroupRow) => sessions.get(row.session_id)!;

/** The cycle's focus groups, by session day. */
export async function listFocusGroups(scope: Scope) {
  const sessions = await readSessionFacts(scope);
  const rows = await focusGroupsRepo.list(scope.db, scope.organizationId, scope.cycleId);
  return rows
    .filter((row) => sessions.has(row.session_id))
    .map((row) => presentSummary(row, sessionOf(sessions, row)))
    .sort((a, b) => a.session.date.localeCompare(b.session.date) || a.session.name.localeCompare(b.session.name));
}

/** One focus group with its protocol, notes and codes; 404 when it is not this cycle's. */
export async function readFocusGroup(scope: Scope & { focusGroupId: string }) {
  const row = await focusGroupsRepo.find(scope.db, scope.organizationId, scope.cycleId, scope.focusGroupId);
  if (!row) throw notFound('Focus group');
  const sessions = await readSessionFacts(scope);
  const [notes, codes] = await Promise.all([focusGroupsRepo.listNotes(scope.db, [row.id]), focusGroupsRepo.listCodes(scope.db, [row.id])]);
  return presentDetail(row, sessionOf(sessions, row), notes, codes);
}
