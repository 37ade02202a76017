import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';

/**
 * A place in the product where a planning cycle's deliverable is produced, named as the
 * deliverable's `linksTo` names it ("evidence.swot"), and how much work it holds for a cycle. The
 * process domain reads it to refuse "complete" on an empty work area and to show the checklist how
 * far along each deliverable is, without knowing the domain that owns the area.
 */
export interface WorkArea {
  key: string;
  readWork(db: Kysely<DB>, scope: { organizationId: string; cycleId: string }): Promise<WorkCount>;
}

/**
 * How much is there: a count of the area's own things ("items", "datasets"), in the unit it names,
 * and, when the work has a known size (the Instructional Focus's four pages), of how many. The
 * deliverable may be complete once there is something (or all of them, with `of`).
 */
export interface WorkCount {
  count: number;
  of?: number;
  unit: string;
}

/** Whether the work area holds enough for its deliverable to be complete. */
export function isWorkDone(work: WorkCount): boolean {
  return work.of === undefined ? work.count > 0 : work.count >= work.of;
}
