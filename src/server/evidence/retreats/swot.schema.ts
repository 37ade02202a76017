import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';
import { areaSchema, citationsSchema, quadrantSchema, requiredText } from './retreats.schema.js';

export const SwotBody = z.strictObject({
  quadrant: quadrantSchema,
  text: requiredText(300),
  area: areaSchema.optional(),
  citations: citationsSchema.optional(),
});
export type SwotValues = z.infer<typeof SwotBody>;

export const UpdateSwotBody = z.strictObject({
  quadrant: quadrantSchema.optional(),
  text: requiredText(300).optional(),
  area: areaSchema.optional(),
  citations: citationsSchema.optional(),
  position: z.number().int().min(0).max(10_000).optional().meta({ description: 'Its place in its quadrant' }),
  version: versionSchema,
});
export type SwotChanges = Omit<z.infer<typeof UpdateSwotBody>, 'version'>;

export const DotsBody = z.strictObject({
  dots: z.number().int().min(0).max(20).meta({ description: 'How many of your dots this item holds (0 takes them off); 400 /dots too_big with the number you have left past your allowance' }),
});

/** An item as the team sees it: who wrote it, its dots, rank and whether it shares the rank. */
export const SwotItem = z
  .object({
    id: z.uuid(),
    quadrant: quadrantSchema,
    text: z.string(),
    area: z.string().nullable(),
    citations: citationsSchema,
    position: z.number().int(),
    dots: z.number().int(),
    rank: z.number().int().meta({ description: 'Place by dots among every item of the board (1 is most); equal dots share a rank' }),
    is_tied: z.boolean(),
    my_dots: z.number().int().meta({ description: 'The caller’s own dots on it' }),
    author: z.string().nullable(),
    is_carried_forward: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'SwotItem' });

export const SwotBoard = z
  .object({ strength: z.array(SwotItem), weakness: z.array(SwotItem), opportunity: z.array(SwotItem), threat: z.array(SwotItem) })
  .meta({ id: 'SwotBoard', description: 'Items by quadrant, in the board’s order' });

export const DotsAnswer = z
  .object({ item_id: z.uuid(), dots: z.number().int(), total: z.number().int().meta({ description: 'Everyone’s dots on the item' }), dots_left: z.number().int() })
  .meta({ id: 'SwotDots' });
