import { z } from 'zod';
import { instructionalFocusSchema } from '../../../core/evidence/instructional-focus/instructional-focus.js';

export const FocusParams = z.object({ cycleId: z.uuid() });

export const FocusQuery = z.object({ lang: z.enum(['en', 'es']).optional().describe('The document’s language; the reader’s by default') });

export const InstructionalFocusBody = z.object({
  focus: instructionalFocusSchema,
  /** The version read; 0 before the first save. */
  version: z.number().int().min(0),
});

export const InstructionalFocusRecord = z
  .object({
    cycle: z.object({ id: z.uuid(), name: z.string(), plan_id: z.uuid().nullable() }),
    focus: instructionalFocusSchema,
    /** Which of the four pages say what they must (the deliverable is complete only with all four). */
    pages_done: z.array(z.enum(['focus', 'evidence', 'strategies', 'commitments'])),
    version: z.number().int(),
    updated_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InstructionalFocus' });
