import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

const requiredText = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));
const optionalText = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`));

export const RubricParams = z.object({ networkId: z.uuid(), rubricId: z.uuid() });

const Level = z.strictObject({ label: requiredText(120), description: optionalText(1000).optional() });
const Criterion = z.strictObject({
  label: requiredText(200),
  description: optionalText(2000).optional(),
  levels: z.array(Level).min(2, 'must have at least 2 levels').max(6, 'must have at most 6 levels').meta({ description: 'From the lowest level to the highest' }),
});
const criteria = z.array(Criterion).min(1, 'must have at least 1 criterion').max(12, 'must have at most 12 criteria');

export const NewRubricBody = z.strictObject({
  templateId: z.string().min(1, 'is required').max(100).meta({ description: 'The process template whose deliverable this rubric reviews' }),
  deliverableKey: z.string().min(1, 'is required').max(100).meta({ description: "The template's deliverable id (a cycle deliverable's templateKey)" }),
  name: requiredText(200),
  criteria,
});
export type NewRubricValues = z.infer<typeof NewRubricBody>;

export const UpdateRubricBody = z
  .strictObject({ version: versionSchema, name: requiredText(200), criteria })
  .meta({ description: 'Replaces the name and criteria; the template and deliverable stay (make another rubric for another deliverable).' });
export type RubricChanges = Omit<z.infer<typeof UpdateRubricBody>, 'version'>;

export const Rubric = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    templateId: z.string(),
    deliverableKey: z.string(),
    name: z.string(),
    criteria: z.array(
      z.object({
        label: z.string(),
        description: z.string(),
        levels: z.array(z.object({ label: z.string(), description: z.string() })),
      }),
    ),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReviewRubric' });

export const RubricList = z.object({ rubrics: z.array(Rubric) }).meta({ id: 'ReviewRubricList' });
