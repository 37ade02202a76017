import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';

export const DistrictParams = z.object({ districtId: z.uuid() });

export const GroupLabels = z
  .object({
    labels: z.array(
      z.object({
        label: z.string(),
        group_key: z.string().nullable(),
        group_name: z.string().nullable(),
        match: z.enum(['listed', 'alias', 'mapped', 'unknown', 'not_a_group']),
        rows: z.number().int(),
      }),
    ),
    groups: z.array(z.object({ key: z.string(), name: z.string() })),
  })
  .meta({ id: 'EvidenceGroupLabels' });

export const GroupLabelsBody = z.strictObject({
  labels: z
    .array(
      z.strictObject({
        label: storable(z.string().max(300, 'must be at most 300 characters')),
        /** A key of the district's student groups; null: not a student group (kept in the data, never shown as one). */
        group_key: z.string().max(60, 'must be at most 60 characters').nullable(),
      }),
    )
    .max(1000, 'must list at most 1000 labels'),
});
