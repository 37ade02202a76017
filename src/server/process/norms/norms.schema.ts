import { z } from 'zod';

export const decisionMethods = ['consensus', 'fist_to_five', 'majority', 'other'] as const;
const longText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish().transform((v) => v || null);

export const NormsBody = z.object({
  /** The version this edit started from; 0 when the cycle had no norms yet. */
  basedOn: z.number().int().min(0),
  norms: z
    .array(z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'))
    .min(1, 'must list at least one norm')
    .max(50, 'must list at most 50 norms'),
  notes: longText(4000),
  decision: z.object({
    method: z.enum(decisionMethods),
    description: longText(2000),
    fallback: longText(2000),
    quorum: longText(500),
  }),
  changeNote: longText(500),
});

export const NormsVersion = z
  .object({
    number: z.number().int(),
    norms: z.array(z.string()),
    notes: z.string().nullable(),
    decision: z.object({ method: z.enum(decisionMethods), description: z.string().nullable(), fallback: z.string().nullable(), quorum: z.string().nullable() }),
    changeNote: z.string().nullable(),
    author: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'NormsVersion' });

export const NormsVersionSummary = NormsVersion.pick({ number: true, changeNote: true, author: true, createdAt: true }).meta({ id: 'NormsVersionSummary' });

export const NormsDocument = z.object({ current: NormsVersion.nullable(), versions: z.array(NormsVersionSummary) }).meta({ id: 'NormsDocument' });

export const CycleParams = z.object({ cycleId: z.uuid() });
export const VersionParams = z.object({ cycleId: z.uuid(), number: z.coerce.number().int().positive() });
