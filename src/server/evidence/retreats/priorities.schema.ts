import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';
import { areaSchema, citationsSchema, optionalText, requiredText } from './retreats.schema.js';

/** One of three ways to add: the board's top `count` by dots, one item by hand, or a title of the team's own. */
export const AddPrioritiesBody = z
  .strictObject({
    count: z.number().int().min(1).max(20).optional().meta({ description: 'Carry forward the top items by dots (ties with the last are carried too; items already carried are not added again)' }),
    swot_item_id: z.uuid({ message: 'must be a SWOT item id' }).optional(),
    title: requiredText(300).optional(),
  })
  .superRefine((body, context) => {
    const given = (['count', 'swot_item_id', 'title'] as const).filter((key) => body[key] !== undefined);
    if (given.length === 1) return;
    const path = given.length ? [given[1]!] : ['count'];
    context.addIssue({ code: 'custom', path, message: given.length ? 'send only one of count, swot_item_id or title' : 'send count, swot_item_id or title', params: { issue: given.length ? 'invalid' : 'required' } });
  });
export type AddPrioritiesValues = z.infer<typeof AddPrioritiesBody>;

export const UpdatePriorityBody = z.strictObject({
  title: requiredText(300).optional(),
  current_state: optionalText(5000).optional(),
  current_evidence: citationsSchema.optional(),
  future_state: optionalText(5000).optional(),
  goal_key: z.string().trim().min(1).max(80).nullable().optional().meta({ description: 'A goal of the cycle’s plan this priority became' }),
  gap: optionalText(5000).optional(),
  root_cause_method: z.enum(['five_whys', 'fishbone']).optional(),
  root_causes: z
    .array(z.unknown())
    .max(12)
    .optional()
    .meta({ description: 'five_whys: ["why 1", ... up to five]; fishbone: [{ "category": "People", "causes": ["..."] }, ...]; checked against the method (the one sent, else the priority’s)' }),
  case_for_change: optionalText(5000).optional(),
  area: areaSchema.optional(),
  version: versionSchema,
});
export type PriorityValues = Omit<z.infer<typeof UpdatePriorityBody>, 'version'>;

export const PriorityOrderBody = z.strictObject({ priority_ids: z.array(z.uuid({ message: 'must be a priority id' })).max(200) });

export const Priority = z
  .object({
    id: z.uuid(),
    swot_item_id: z.uuid().nullable(),
    position: z.number().int(),
    title: z.string(),
    dots: z.number().int().meta({ description: 'The dots its item had when it was carried forward' }),
    area: z.string().nullable(),
    current_state: z.string(),
    current_evidence: citationsSchema,
    future_state: z.string(),
    goal_key: z.string().nullable(),
    gap: z.string(),
    root_cause_method: z.enum(['five_whys', 'fishbone']),
    root_causes: z.array(z.unknown()),
    has_root_causes: z.boolean(),
    case_for_change: z.string(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'RetreatPriority' });

export const PriorityList = z.object({ priorities: z.array(Priority), added: z.array(z.uuid()).meta({ description: 'The priorities this request added' }) }).meta({ id: 'RetreatPriorities' });
