import { z } from 'zod';
import { answerKey } from '../../../core/engagement/survey-format.js';
import { storable } from '../../../core/platform/storable-text.js';
import { FocusGroupCode } from './focus-groups.schema.js';

// Named apart from the survey routes' questionKey: a protocol's question, not a survey's.
export const NoteParams = z.object({ cycleId: z.uuid(), focusGroupId: z.uuid(), protocolQuestionKey: answerKey });
export const CodeParams = z.object({ cycleId: z.uuid(), focusGroupId: z.uuid(), codeId: z.uuid() });

export const SaveNoteBody = z.strictObject({
  /** The note's version this text was written from; 0 for a question with no notes yet. */
  version: z.number().int().min(0).max(2_147_483_647),
  text: storable(z.string().max(50_000, 'must be at most 50000 characters')),
});

export const CodeNoteBody = z.strictObject({
  question_key: answerKey,
  theme_ids: z.array(z.uuid()).min(1).max(20),
  /** The words selected in the note; absent or null codes the whole note. */
  passage: storable(z.string().max(5_000, 'must be at most 5000 characters')).nullable().optional(),
});

export const CodeList = z.object({ coded: z.array(FocusGroupCode) }).meta({ id: 'FocusGroupCodeList' });
