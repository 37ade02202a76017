import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

/**
 * The pieces of the themes API that survey answers and conversation ideas share, in snake_case:
 * the change requests (the same but for what the items are called) and the set's state.
 */
export const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });
const unique = (ids: string[]) => new Set(ids).size === ids.length;
const noRepeats = { message: 'must not name the same one twice', params: { issue: 'duplicate' } };

const themeLabel = storable(z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'));
/** The themes version the change starts from (0 before any themes were found). */
const setVersion = z.number().int().min(0).max(2_147_483_647);

/**
 * The bodies of the requests that change themes. `items` is what the items are called in
 * descriptions ('answers'); `idsKey` the field naming the items moved ('response_ids').
 */
export function themeChangeBodies<K extends string>(names: { items: string; idsKey: K }) {
  const movedIds = z.array(z.uuid()).min(1).max(1000).refine(unique, noRepeats);
  return {
    find: z.object({
      version: setVersion,
      replace_edited: z.boolean().optional().meta({ description: 'Replace themes the team renamed, merged, split or moved (otherwise 409 with reason "edited")' }),
    }),
    rename: z.object({ version: versionSchema.meta({ description: "The theme's version" }), label: themeLabel }),
    merge: z.object({
      version: setVersion,
      theme_ids: z.array(z.uuid()).min(2, 'must name at least two themes').max(50).refine(unique, noRepeats),
      label: themeLabel.nullable().optional().meta({ description: `The merged theme's name; without it, one is suggested from its ${names.items}` }),
    }),
    split: z.object({ version: setVersion }),
    move: z.object({
      version: setVersion,
      ...({ [names.idsKey]: movedIds } as { [P in K]: typeof movedIds }),
      theme_id: z.uuid().nullable().meta({ description: 'The theme to move them to; null: not sorted' }),
    }),
  };
}

/** Where finding the themes stands: the fields every kind's themes response starts with. */
export const themeSetFields = () => ({
  status: z.enum(['none', 'running', 'done', 'failed']).meta({ description: 'Finding themes runs in the background: poll while "running"' }),
  error: z.string().nullable(),
  started_at: timestamp.nullable(),
  found_at: timestamp.nullable(),
  edited_at: timestamp.nullable(),
  version: z.number().int(),
});

/** A theme's name and words: the fields every kind's theme starts with. */
export const themeHeadFields = () => ({
  id: z.uuid(),
  label: z.string(),
  words: z.array(z.string()).meta({ description: 'Its most distinctive words, as people wrote them' }),
  is_label_edited: z.boolean(),
});
