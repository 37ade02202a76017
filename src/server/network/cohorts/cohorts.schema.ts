import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';
import { calendarDate } from '../../process/cycles/cycle-fields.js';

export const requiredText = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));
export const optionalText = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`));

export const NetworkParams = z.object({ networkId: z.uuid() });
export const CohortParams = z.object({ cohortId: z.uuid() });
export const CohortEventParams = CohortParams.extend({ eventId: z.uuid() });

export const Cohort = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    name: z.string(),
    schoolYear: z.string(),
    templateId: z.string(),
    templateName: z.string().nullable().meta({ description: 'null when the template is no longer offered' }),
    startDate: z.string(),
    description: z.string(),
    districtCount: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Cohort' });

export const NewCohortBody = z.strictObject({
  name: requiredText(120).meta({ description: 'e.g. "Cohort 4 - SY 26-27"; unique in the network' }),
  schoolYear: requiredText(20).meta({ description: 'e.g. "2026-27"' }),
  templateId: z.string().min(1).max(100).meta({ description: 'The process template every member runs' }),
  startDate: calendarDate.meta({ description: 'The shared timeline starts here (YYYY-MM-DD)' }),
  description: optionalText(2000).optional(),
});

export const UpdateCohortBody = z
  .strictObject({
    name: requiredText(120).optional(),
    schoolYear: requiredText(20).optional(),
    startDate: calendarDate.optional(),
    description: optionalText(2000).optional(),
    version: versionSchema,
  })
  .meta({ description: 'The template stays: members already run cycles from it.' });

export const CohortEvent = z
  .object({
    id: z.uuid(),
    kind: z.enum(['milestone', 'session']),
    title: z.string(),
    date: z.string(),
    startTime: z.string().nullable(),
    location: z.string().nullable(),
    details: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'CohortEvent' });

const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30');
export const NewCohortEventBody = z.strictObject({
  kind: z.enum(['milestone', 'session']).meta({ description: 'milestone: something due to the network; session: a cohort meeting (professional development)' }),
  title: requiredText(200),
  date: calendarDate,
  startTime: startTime.nullable().optional(),
  location: optionalText(200).nullable().optional(),
  details: optionalText(4000).optional(),
});
export const UpdateCohortEventBody = NewCohortEventBody.partial().extend({ version: versionSchema });
export type CohortEventValues = z.infer<typeof NewCohortEventBody>;
