import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';

export const DistrictParams = z.object({ districtId: z.uuid() });

const status = z.enum(['school', 'district', 'unmatched', 'ignored']);

export const EvidenceEntities = z
  .object({
    entities: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        code: z.string().nullable(),
        status,
        school_id: z.uuid().nullable(),
        school_name: z.string().nullable(),
        rows: z.number().int(),
        suggestions: z.array(z.object({ school_id: z.uuid(), name: z.string(), score: z.number() })),
      }),
    ),
    schools: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() })),
  })
  .meta({ id: 'EvidenceEntities' });

export const EvidenceEntitiesBody = z.strictObject({
  entities: z
    .array(
      z.strictObject({
        key: storable(z.string().min(1).max(300, 'must be at most 300 characters')),
        status,
        school_id: z.uuid().nullable().optional(),
        /** Make the district's school from the file's name and code, and match it. */
        add_school: z.boolean().optional(),
      }),
    )
    .max(2000, 'must list at most 2000 entities'),
});
