import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { constituencies } from '../../../core/process/constituencies.js';
import { nameSchema, versionSchema } from '../../http/common.schema.js';

export const constituencySchema = z.enum(constituencies);
export const committeeRoleSchema = z.enum(['chair', 'facilitator', 'member', 'sponsor']);
const optionalText = storable(z.string().trim().max(200)).nullish().transform((v) => v || null);

export const MemberFields = z.object({
  userId: z.uuid().nullish().transform((v) => v ?? null),
  name: nameSchema,
  constituency: constituencySchema,
  committeeRole: committeeRoleSchema,
  title: optionalText,
  email: z.email({ message: 'must be an email address' }).max(254).nullish().or(z.literal('')).transform((v) => v || null),
  phone: optionalText,
  isActive: z.boolean().default(true),
});

export const CommitteeMember = z
  .object({
    id: z.uuid(),
    userId: z.uuid().nullable(),
    name: z.string(),
    constituency: constituencySchema,
    committeeRole: committeeRoleSchema,
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    isActive: z.boolean(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'CommitteeMember' });

export const Representation = z
  .object({
    required: z.array(constituencySchema),
    recommended: z.array(constituencySchema),
    note: z.string().nullable(),
    targets: z.array(z.object({ constituency: constituencySchema, minimum: z.number().int() })),
    counts: z.record(z.string(), z.number().int()),
    gaps: z.array(z.object({ constituency: constituencySchema, needed: z.number().int(), actual: z.number().int(), source: z.enum(['template', 'district']) })),
    recommendedMissing: z.array(constituencySchema),
  })
  .meta({ id: 'Representation' });

// Written out rather than MemberFields.partial(): a default there would change fields the request did not name.
export const UpdateMemberBody = z.object({
  version: versionSchema,
  userId: z.uuid().nullable().optional(),
  name: nameSchema.optional(),
  constituency: constituencySchema.optional(),
  committeeRole: committeeRoleSchema.optional(),
  title: z.string().trim().max(200).nullable().optional(),
  email: z.email({ message: 'must be an email address' }).max(254).nullable().optional(),
  phone: z.string().trim().max(200).nullable().optional(),
  isActive: z.boolean().optional(),
});
export const TargetsBody = z.object({ targets: z.array(z.object({ constituency: constituencySchema, minimum: z.number().int().min(0).max(100) })).max(11) });
export const CycleParams = z.object({ cycleId: z.uuid() });
export const MemberParams = z.object({ cycleId: z.uuid(), committeeMemberId: z.uuid() });
