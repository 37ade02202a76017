import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-09-01')
  .refine((value) => {
    // Round-trip, so 2026-02-30 is refused rather than read as 2 March.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, { message: 'must be a real date', params: { issue: 'invalid_date' } });
export const longText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const requiredText = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));
const elementKey = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const pdsaStageSchema = z.enum(['plan', 'do', 'study', 'act']);
export const pdsaDecisionSchema = z.enum(['adopt', 'adapt', 'abandon']);
export const dataWiseStatusSchema = z.enum(['not_started', 'in_progress', 'done']);

export const PdsaCycle = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    elementKey: z.string(),
    elementKind: z.enum(['strategy', 'action']),
    number: z.number().int().meta({ description: '1 for a first cycle; the previous cycle\'s number + 1 after it' }),
    previousCycleId: z.uuid().nullable(),
    nextCycleId: z.uuid().nullable(),
    stage: pdsaStageSchema,
    changeIdea: z.string(),
    prediction: z.string(),
    measure: z.string(),
    startedOn: z.string().nullable(),
    whatHappened: z.string(),
    studyFindings: z.string(),
    decision: pdsaDecisionSchema.nullable(),
    decisionNotes: z.string(),
    decidedOn: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'PdsaCycle' });

export const DataWiseStep = z
  .object({
    number: z.number().int(),
    stage: z.enum(['prepare', 'inquire', 'act']),
    name: z.string().meta({ description: 'The step\'s name in English' }),
    status: dataWiseStatusSchema,
    notes: z.string(),
    doneOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DataWiseStep' });

export const DataWiseTracker = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    strategyKey: z.string(),
    title: z.string(),
    team: z.string(),
    steps: z.array(DataWiseStep),
    /** Who started it: they, and those who manage monitoring, may change it. */
    createdById: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'DataWiseTracker' });

export const ImprovementOverview = z
  .object({
    planId: z.uuid(),
    strategies: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        goalKey: z.string().nullable(),
        goalTitle: z.string().nullable(),
        actions: z.array(z.object({ key: z.string(), title: z.string() })),
      }),
    ),
    pdsaCycles: z.array(PdsaCycle).meta({ description: 'Oldest first; cycles of elements no longer in the plan included' }),
    dataWiseTrackers: z.array(DataWiseTracker),
  })
  .meta({ id: 'ImprovementOverview' });

export const ImprovementQuery = z.object({
  strategyKey: z.string().max(200).optional().meta({ description: 'Only this strategy and its actions: its history' }),
});

export const NewPdsaCycleBody = z.object({
  elementKey,
  changeIdea: requiredText(2000),
  prediction: longText(4000).default(''),
  measure: longText(2000).default(''),
  startedOn: calendarDate.nullable().default(null),
});

export const UpdatePdsaCycleBody = z.object({
  version: versionSchema,
  stage: pdsaStageSchema.optional(),
  changeIdea: requiredText(2000).optional(),
  prediction: longText(4000).optional(),
  measure: longText(2000).optional(),
  startedOn: calendarDate.nullable().optional(),
  whatHappened: longText(10000).optional(),
  studyFindings: longText(10000).optional(),
  decision: pdsaDecisionSchema.nullable().optional(),
  decisionNotes: longText(4000).optional(),
  decidedOn: calendarDate.nullable().optional(),
});

export const NewTrackerBody = z.object({
  strategyKey: elementKey,
  title: requiredText(300),
  team: longText(2000).default(''),
});

export const UpdateTrackerBody = z.object({
  version: versionSchema,
  title: requiredText(300).optional(),
  team: longText(2000).optional(),
});

export const UpdateStepBody = z.object({
  version: versionSchema,
  status: dataWiseStatusSchema.optional(),
  notes: longText(10000).optional(),
  doneOn: calendarDate.nullable().optional(),
});

export const PlanParams = z.object({ planId: z.uuid() });
export const PdsaParams = z.object({ planId: z.uuid(), pdsaCycleId: z.uuid() });
export const TrackerParams = z.object({ planId: z.uuid(), trackerId: z.uuid() });
export const StepParams = z.object({ planId: z.uuid(), trackerId: z.uuid(), number: z.coerce.number().int().min(1, 'must be 1 to 8').max(8, 'must be 1 to 8') });
