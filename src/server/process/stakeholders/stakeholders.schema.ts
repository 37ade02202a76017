import { z } from 'zod';
import { constituencies } from '../../../core/process/constituencies.js';
import { emailSchema, nameSchema, versionSchema } from '../../http/common.schema.js';
import { calendarDate } from '../cycles/cycle-fields.js';

export const engagementMethods = ['survey', 'focus_group', 'workshop', 'town_hall', 'exchange', 'interview', 'other'] as const;
export const engagementStatuses = ['planned', 'scheduled', 'done', 'cancelled'] as const;

const constituency = z.enum(constituencies);
const method = z.enum(engagementMethods);
const status = z.enum(engagementStatuses);
const description = z.string().trim().max(2000, 'must be at most 2000 characters');
const notes = z.string().trim().max(4000, 'must be at most 4000 characters');
const estimatedSize = z.number().int().min(0, 'must be 0 or more').max(10_000_000).nullable();
export const ContactSchema = z.object({ name: z.string().trim().max(200).default(''), email: emailSchema });
const contacts = z.array(ContactSchema).max(2000, 'must list at most 2000 people; split the group');

export const GroupFields = z.object({
  name: nameSchema,
  constituency,
  description: description.default(''),
  estimatedSize: estimatedSize.optional().transform((v) => v ?? null),
  contacts: contacts.default([]),
  notes: notes.default(''),
});
// Written out rather than .partial(): defaults there would change fields the request did not name.
export const UpdateGroupBody = z.object({
  version: versionSchema,
  name: nameSchema.optional(),
  constituency: constituency.optional(),
  description: description.optional(),
  estimatedSize: estimatedSize.optional(),
  contacts: contacts.optional(),
  notes: notes.optional(),
});

export const StakeholderGroup = z
  .object({
    id: z.uuid(),
    name: z.string(),
    constituency,
    description: z.string(),
    estimatedSize: z.number().int().nullable(),
    contacts: z.array(z.object({ name: z.string(), email: z.string() })),
    notes: z.string(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'StakeholderGroup' });

export const EngagementFields = z.object({
  stakeholderGroupId: z.uuid(),
  phaseId: z.uuid(),
  method,
  startDate: calendarDate.nullish().transform((v) => v ?? null),
  endDate: calendarDate.nullish().transform((v) => v ?? null),
  leadUserId: z.uuid().nullish().transform((v) => v ?? null),
  status: status.default('planned'),
  notes: notes.default(''),
});
export const UpdateEngagementBody = z.object({
  version: versionSchema,
  stakeholderGroupId: z.uuid().optional(),
  phaseId: z.uuid().optional(),
  method: method.optional(),
  startDate: calendarDate.nullable().optional(),
  endDate: calendarDate.nullable().optional(),
  leadUserId: z.uuid().nullable().optional(),
  status: status.optional(),
  notes: notes.optional(),
});

export const Engagement = z
  .object({
    id: z.uuid(),
    stakeholderGroupId: z.uuid(),
    phaseId: z.uuid(),
    method,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    leadUserId: z.uuid().nullable(),
    leadName: z.string().nullable().meta({ description: "The lead's name, for readers who may not list the district's members." }),
    status,
    notes: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Engagement' });

export const CycleParams = z.object({ cycleId: z.uuid() });
export const GroupParams = z.object({ cycleId: z.uuid(), stakeholderGroupId: z.uuid() });
export const EngagementParams = z.object({ cycleId: z.uuid(), engagementId: z.uuid() });
