import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';

export const EngagementSettings = z
  .object({
    respondent_threshold: z.number().int().meta({ description: 'Survey results hide any group of fewer respondents than this' }),
    representation_gap: z.number().int().meta({ description: 'A group whose share of respondents trails its share of the population by more than this many points is flagged' }),
    version: z.number().int(),
    updated_at: z.string().nullable(),
  })
  .meta({ id: 'EngagementSettings' });

export const EngagementSettingsBody = z.object({
  version: versionSchema,
  respondent_threshold: z.number().int().min(3, 'must be at least 3: smaller groups can be recognised').max(100, 'must be at most 100').optional(),
  representation_gap: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').optional(),
});

export const DistrictParams = z.object({ districtId: z.uuid() });
