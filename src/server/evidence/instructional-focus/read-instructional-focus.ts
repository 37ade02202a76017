import type { Kysely } from 'kysely';
import { emptyInstructionalFocus } from '../../../core/evidence/instructional-focus/focus-content.js';
import { instructionalFocusSchema, type InstructionalFocus } from '../../../core/evidence/instructional-focus/instructional-focus.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findCycle } from '../../process/cycles/find-cycle.js';
import { instructionalFocusRepo } from './instructional-focus.repo.js';

export interface FocusRecord {
  cycle: { id: string; name: string; planId: string | null };
  focus: InstructionalFocus;
  /** 0 until first saved: the first save sends 0. */
  version: number;
  updatedAt: Date | null;
}

/**
 * A cycle's Instructional Focus, or an empty one before anyone wrote it. A stored one that no
 * longer reads (a field this version dropped) starts from empty rather than failing the page.
 */
export async function readInstructionalFocus(options: { db: Kysely<DB>; organizationId: string; cycleId: string }): Promise<FocusRecord> {
  const cycle = await findCycle(options);
  if (!cycle) throw notFound('Planning cycle');
  const row = await instructionalFocusRepo.find(options.db, options.organizationId, options.cycleId);
  const parsed = instructionalFocusSchema.safeParse(row?.content);
  return { cycle, focus: parsed.success ? parsed.data : emptyInstructionalFocus(), version: row?.version ?? 0, updatedAt: row?.updated_at ?? null };
}
