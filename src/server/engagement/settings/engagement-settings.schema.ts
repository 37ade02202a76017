import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

/** Language → key → text; what each may hold is checked by core/engagement/page-texts.ts, pointer by pointer. */
const pageTexts = z.record(z.string().max(40), z.record(z.string().max(60), storable(z.string().max(2000))));

export const EngagementSettings = z
  .object({
    respondent_threshold: z.number().int().meta({ description: 'Survey results hide any group of fewer respondents than this' }),
    representation_gap: z.number().int().meta({ description: 'A group whose share of respondents trails its share of the population by more than this many points is flagged' }),
    page_texts: z.record(z.string(), z.record(z.string(), z.string())).meta({
      description: 'The respondent page’s own words (buttons, “Page 1 of 3”, errors, the thanks...) in each language other than English and Spanish (built in): language code → message key → text',
    }),
    version: z.number().int(),
    updated_at: z.string().nullable(),
  })
  .meta({ id: 'EngagementSettings' });

export const EngagementSettingsBody = z.object({
  version: versionSchema,
  respondent_threshold: z.number().int().min(3, 'must be at least 3: smaller groups can be recognised').max(100, 'must be at most 100').optional(),
  representation_gap: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').optional(),
  page_texts: pageTexts
    .optional()
    .meta({ description: 'Replaces every stored translation of the public pages’ words: language code (not en or es) → message key (the survey page’s, or "conversation.<key>" for the conversation page’s) → text, each keeping the English text’s {placeholders}' }),
});

export const DistrictParams = z.object({ districtId: z.uuid() });
