import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { constituencies } from '../../../core/process/constituencies.js';
import { languageCode } from '../../../core/engagement/survey-format.js';
import { calendarDate } from '../../process/cycles/cycle-fields.js';
import { versionSchema } from '../../http/common.schema.js';
import { ProtocolDocument } from './protocols.schema.js';

const optionalText = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`)).nullable().optional();

/** Who was in the room: no names, only the group they stand for, their language and how many came. */
const composition = {
  constituency: z.enum(constituencies),
  language: languageCode,
  label: optionalText(100),
  participant_count: z.number().int().min(0).max(1000).nullable().optional(),
  facilitator: optionalText(200),
};

export const NewFocusGroupBody = z.strictObject({
  /** An existing focus-group session of the cycle that has no focus group yet... */
  session_id: z.uuid().optional(),
  /** ...or a new session added to the cycle for it. */
  new_session: z
    .strictObject({
      phase_id: z.uuid(),
      name: storable(z.string().trim().min(1).max(200)),
      date: calendarDate,
      length_minutes: z.number().int().min(1).max(1440).optional(),
    })
    .optional(),
  /** The protocol to run: one of the library's, or one of the district's own. */
  library_key: z.string().max(64).optional(),
  protocol_id: z.uuid().optional(),
  ...composition,
});

export const ChangeFocusGroupBody = z.strictObject({
  version: versionSchema,
  constituency: composition.constituency.optional(),
  language: composition.language.optional(),
  label: composition.label,
  participant_count: composition.participant_count,
  facilitator: composition.facilitator,
});

export const FocusGroupSession = z.object({
  id: z.uuid(),
  name: z.string(),
  date: z.string(),
  phase_id: z.uuid(),
  phase_name: z.string(),
  length_minutes: z.number().int().nullable(),
  place: z.string().nullable(),
  start_time: z.string().nullable(),
  present: z.number().int(),
});

export const FocusGroupSummary = z
  .object({
    id: z.uuid(),
    cycle_id: z.uuid(),
    session: FocusGroupSession,
    title: z.record(z.string(), z.string()),
    library_key: z.string().nullable(),
    protocol_id: z.uuid().nullable(),
    constituency: z.string(),
    language: z.string(),
    label: z.string().nullable(),
    participant_count: z.number().int().nullable(),
    facilitator: z.string().nullable(),
    questions: z.number().int(),
    notes_written: z.number().int(),
    codes: z.number().int(),
    version: z.number().int(),
    updated_at: z.string(),
  })
  .meta({ id: 'FocusGroupSummary' });

export const FocusGroupNote = z
  .object({ question_key: z.string(), text: z.string(), version: z.number().int(), updated_by: z.string().nullable(), updated_at: z.string().nullable() })
  .meta({ id: 'FocusGroupNote' });

export const FocusGroupCode = z
  .object({
    id: z.uuid(),
    question_key: z.string(),
    theme_id: z.uuid(),
    theme_name: z.string(),
    passage: z.string().nullable(),
    /** False once the note was edited so the coded words are no longer in it. */
    in_note: z.boolean(),
  })
  .meta({ id: 'FocusGroupCode' });

export const FocusGroupDetail = FocusGroupSummary.extend({
  protocol: ProtocolDocument,
  notes: z.array(FocusGroupNote),
  coded: z.array(FocusGroupCode),
}).meta({ id: 'FocusGroup' });

export const FocusGroupList = z.object({ focus_groups: z.array(FocusGroupSummary) }).meta({ id: 'FocusGroupList' });

export const CycleParams = z.object({ cycleId: z.uuid() });
export const FocusGroupParams = z.object({ cycleId: z.uuid(), focusGroupId: z.uuid() });
