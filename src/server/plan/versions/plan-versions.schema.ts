import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';
import { PlanDocumentBody, planLifecycleSchema } from '../plans/plans.schema.js';

const shortText = storable(z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'));

/** As the format's plan.adopted has it: the board's decision, dated. */
export const AdoptionSchema = z
  .strictObject({
    date: z.iso.date('must be a date like 2026-06-30'),
    body: shortText.optional(),
    resolution: shortText.optional(),
    vote: shortText.optional(),
  })
  .meta({ id: 'PlanAdoption' });

/** An adoption as stored: imported documents may hold values the input rules above would refuse. */
const StoredAdoption = z
  .object({ date: z.string(), body: z.string().optional(), resolution: z.string().optional(), vote: z.string().optional() })
  .meta({ id: 'PlanVersionAdoption' });

export const TransitionBody = z.strictObject({
  to: planLifecycleSchema,
  version: versionSchema,
  adoption: AdoptionSchema.optional(),
  /** With to = adopted: drop the amendment and go back to the adopted version. */
  discard: z.boolean().optional(),
});

export const VersionSummary = z
  .object({
    number: z.number().int(),
    lifecycle: planLifecycleSchema,
    label: z.string(),
    adoption: StoredAdoption.nullable(),
    createdAt: z.string(),
    /** The name of who froze it; null for the command line or a removed account. */
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'PlanVersionSummary' });

export const VersionDetail = VersionSummary.omit({ createdBy: true })
  .extend({ document: PlanDocumentBody })
  .meta({ id: 'PlanVersion' });

export const VersionParams = z.object({ planId: z.uuid(), number: z.coerce.number().int().positive() });

export const CompareQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.union([z.literal('current'), z.coerce.number().int().positive()]),
});

const WordDiffPart = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
/** before or after is left out on the side where the field is absent. */
const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), textDiff: z.array(WordDiffPart).optional() });
const OutlinePlace = z.object({ parentKey: z.string().nullable(), position: z.number().int() });
const ComparedElement = OutlinePlace.extend({ key: z.string(), kind: z.enum(['goal', 'measure', 'strategy', 'action']), title: z.string() });

export const PlanComparison = z
  .object({
    isSame: z.boolean(),
    /** Plan-level fields (mission, values, ...) and organization fields as "organization.name". */
    plan: z.array(FieldChange),
    added: z.array(ComparedElement),
    removed: z.array(ComparedElement),
    changed: z.array(ComparedElement.extend({ changes: z.array(FieldChange) })),
    moved: z.array(ComparedElement.extend({ from: OutlinePlace, to: OutlinePlace })),
  })
  .meta({ id: 'PlanComparison' });
