import { z } from 'zod';
import { emailSchema, nameSchema } from '../../http/common.schema.js';
import { CohortParams } from '../cohorts/cohorts.schema.js';

export const CohortDistrictParams = CohortParams.extend({ districtId: z.uuid() });
export const CohortDistrictDocumentParams = CohortDistrictParams.extend({ documentId: z.uuid() });

export const EnrolmentDocument = z
  .object({
    id: z.uuid(),
    kind: z.enum(['notice_of_intent', 'letter_of_commitment', 'other']),
    fileName: z.string().nullable().meta({ description: 'An uploaded file; null for a form signed in Waymark' }),
    contentType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    signerName: z.string().nullable().meta({ description: 'A form signed in Waymark: who signed, their title and the statement' }),
    signerTitle: z.string().nullable(),
    statement: z.string().nullable(),
    addedBy: z.string().nullable(),
    addedAt: z.string(),
  })
  .meta({ id: 'EnrolmentDocument' });

export const CoachOfDistrict = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), organizationName: z.string(), responsibility: z.string().nullable() })
  .meta({ id: 'CoachOfDistrict' });

export const CohortDistrict = z
  .object({
    districtId: z.uuid(),
    districtName: z.string(),
    status: z.enum(['invited', 'enrolled', 'withdrawn']),
    cycleId: z.uuid().nullable(),
    invitedAt: z.string(),
    enrolledAt: z.string().nullable(),
    provider: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    coaches: z.array(CoachOfDistrict),
    documents: z.array(EnrolmentDocument),
    version: z.number().int(),
  })
  .meta({ id: 'CohortDistrict' });

export const InviteDistrictBody = z
  .union([
    z.strictObject({ districtId: z.uuid().meta({ description: 'A district of the network' }) }),
    z.strictObject({
      name: nameSchema.meta({ description: 'A new district of the network, created with the invitation' }),
      administratorEmail: emailSchema.meta({ description: "Invited as the new district's administrator, who enrols it" }),
    }),
  ])
  .meta({ description: 'An existing district of the network by id, or a new one by name with its administrator' });

export const MatchProviderBody = z.strictObject({ providerId: z.uuid().nullable().meta({ description: 'A provider the network has vetted; null ends the match' }) });
