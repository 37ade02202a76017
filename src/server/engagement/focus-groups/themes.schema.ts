import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

const name = storable(z.string().trim().min(1).max(80, 'must be at most 80 characters'));
const description = storable(z.string().trim().max(1000, 'must be at most 1000 characters'));

export const NewThemeBody = z.strictObject({ name, description: description.optional() });
export const ChangeThemeBody = z.strictObject({ version: versionSchema, name: name.optional(), description: description.optional() });

export const Theme = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    /** How many focus groups and passages carry it. */
    groups: z.number().int(),
    passages: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'FocusGroupTheme' });

export const ThemeList = z.object({ themes: z.array(Theme) }).meta({ id: 'FocusGroupThemeList' });
// Named apart from the survey themes' themeId: a theme of the cycle's focus-group codebook.
export const ThemeParams = z.object({ cycleId: z.uuid(), codebookThemeId: z.uuid() });

export const Synthesis = z
  .object({
    columns: z.array(
      z.object({
        focus_group_id: z.uuid(),
        session_name: z.string(),
        date: z.string(),
        constituency: z.string(),
        language: z.string(),
        label: z.string().nullable(),
        participant_count: z.number().int().nullable(),
      }),
    ),
    rows: z.array(
      z.object({
        theme_id: z.uuid(),
        name: z.string(),
        description: z.string(),
        groups_raised: z.number().int(),
        cells: z.array(z.object({ focus_group_id: z.uuid(), passages: z.number().int(), quotes: z.array(z.string()) })),
      }),
    ),
  })
  .meta({ id: 'FocusGroupSynthesis' });
