import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DeliverableStatus, ReviewState } from '../tables.js';
import { cyclesRepo } from './cycles.repo.js';

export interface CycleProgress {
  organizationId: string;
  cycleId: string;
  phases: Array<{ key: string | null; position: number; name: string; isClosed: boolean }>;
  deliverables: Array<{ id: string; key: string | null; letter: string | null; name: string; phaseKey: string | null; status: DeliverableStatus; reviewState: ReviewState; dueDate: string }>;
  /** The next session on or after `today`; null when none is left. */
  nextSession: { id: string; name: string; date: string; format: string } | null;
}

/**
 * The phases, deliverables and next session of many districts' cycles, for a network that reads
 * them side by side (a cohort's dashboard). Three queries whatever the number of cycles; a pair whose
 * cycle is not the named district's is simply left out, so a caller cannot read across districts.
 */
export async function readCyclesProgress(options: {
  db: Kysely<DB> | Transaction<DB>;
  cycles: ReadonlyArray<{ organizationId: string; cycleId: string }>;
  today: string;
}): Promise<Map<string, CycleProgress>> {
  const { db, cycles, today } = options;
  const result = new Map<string, CycleProgress>();
  if (!cycles.length) return result;
  const organizationIds = [...new Set(cycles.map((c) => c.organizationId))];
  const cycleIds = [...new Set(cycles.map((c) => c.cycleId))];
  const [phases, deliverables, sessions] = await Promise.all([
    cyclesRepo.listPhasesOfCycles(db, organizationIds, cycleIds),
    cyclesRepo.listDeliverablesOfCycles(db, organizationIds, cycleIds),
    cyclesRepo.listNextSessionsOfCycles(db, organizationIds, cycleIds, today),
  ]);
  const wanted = new Set(cycles.map((c) => `${c.organizationId}:${c.cycleId}`));
  const entryOf = (row: { organization_id: string; cycle_id: string }) => {
    if (!wanted.has(`${row.organization_id}:${row.cycle_id}`)) return undefined;
    let entry = result.get(row.cycle_id);
    if (!entry) {
      entry = { organizationId: row.organization_id, cycleId: row.cycle_id, phases: [], deliverables: [], nextSession: null };
      result.set(row.cycle_id, entry);
    }
    return entry;
  };
  for (const row of phases) entryOf(row)?.phases.push({ key: row.template_key, position: row.position, name: row.name, isClosed: Boolean(row.is_closed) });
  for (const row of deliverables) {
    entryOf(row)?.deliverables.push({ id: row.id, key: row.template_key, letter: row.letter, name: row.name, phaseKey: row.phase_key, status: row.status, reviewState: row.review_state, dueDate: row.due_date });
  }
  for (const row of sessions) {
    const entry = entryOf(row);
    if (entry) entry.nextSession = { id: row.id, name: row.name, date: row.session_date, format: row.format };
  }
  return result;
}
