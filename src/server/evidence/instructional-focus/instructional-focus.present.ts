import { pagesDone } from '../../../core/evidence/instructional-focus/focus-content.js';
import type { FocusRecord } from './read-instructional-focus.js';

export function presentInstructionalFocus(record: FocusRecord) {
  return {
    cycle: { id: record.cycle.id, name: record.cycle.name, plan_id: record.cycle.planId },
    focus: record.focus,
    pages_done: pagesDone(record.focus),
    version: record.version,
    updated_at: record.updatedAt ? record.updatedAt.toISOString() : null,
  };
}
