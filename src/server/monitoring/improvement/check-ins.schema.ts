import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';
import { calendarDate, longText, requiredText } from './improvement.schema.js';

const agendaReasonSchema = z.enum(['off_track', 'at_risk', 'overdue', 'update_overdue', 'open_follow_up']);
const agendaKindSchema = z.enum(['measure', 'strategy', 'action', 'follow_up', 'other']);
const shortOrNull = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullable();

export const AgendaItem = z
  .object({
    key: z.string().min(1, 'is required').max(300, 'must be at most 300 characters'),
    kind: agendaKindSchema,
    elementKey: shortOrNull(200),
    goalKey: shortOrNull(200),
    goalTitle: shortOrNull(2000),
    /** The goal's status when the agenda was built: the same roll-up every view shows. */
    goalStatus: z.enum(['on_track', 'at_risk', 'off_track', 'no_data']).nullable().default(null),
    title: requiredText(2000),
    reasons: z.array(agendaReasonSchema).max(5),
    status: shortOrNull(40),
    explanation: shortOrNull(2000),
    owner: shortOrNull(200),
    periodLabel: shortOrNull(100),
    dueOn: shortOrNull(40),
    isNew: z.boolean(),
  })
  .meta({ id: 'CheckInAgendaItem' });

export const Attendee = z.object({ userId: z.uuid().nullable(), name: z.string() }).meta({ id: 'CheckInAttendee' });

export const AttendeeInput = z
  .object({
    userId: z.uuid().optional().meta({ description: 'A member of the district; their name is copied' }),
    name: z.string().trim().max(200, 'must be at most 200 characters').optional().meta({ description: 'Anyone else, by name' }),
  })
  .refine((a) => Boolean(a.userId) || Boolean(a.name), { message: 'needs a member or a name', path: ['name'], params: { issue: 'member_or_name_required' } });

export const FollowUp = z
  .object({
    id: z.uuid(),
    checkInId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string(),
    status: z.enum(['open', 'done']),
    doneAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CheckInFollowUp' });

export const CheckIn = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    heldOn: z.string(),
    sinceOn: z.string().nullable().meta({ description: 'The previous check-in\'s date when the agenda was built; null for the first' }),
    attendees: z.array(Attendee),
    agenda: z.array(AgendaItem),
    notes: z.string(),
    decisions: z.array(z.object({ text: z.string() })),
    followUps: z.array(FollowUp),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'CheckIn' });

export const CheckInList = z.object({ checkIns: z.array(CheckIn).meta({ description: 'Newest first' }) }).meta({ id: 'CheckInList' });

export const NewCheckInBody = z.object({
  heldOn: calendarDate,
  attendees: z.array(AttendeeInput).max(200, 'must have at most 200 people').default([]),
});

export const UpdateCheckInBody = z.object({
  version: versionSchema,
  heldOn: calendarDate.optional(),
  attendees: z.array(AttendeeInput).max(200, 'must have at most 200 people').optional(),
  agenda: z.array(AgendaItem).max(300, 'must have at most 300 items').optional(),
  notes: longText(50000).optional(),
  decisions: z.array(z.object({ text: requiredText(2000) })).max(100, 'must have at most 100 decisions').optional(),
});

export const NewFollowUpBody = z.object({
  title: requiredText(300),
  ownerId: z.uuid(),
  dueDate: calendarDate,
});

export const UpdateFollowUpBody = z.object({
  version: versionSchema,
  title: requiredText(300).optional(),
  ownerId: z.uuid().optional(),
  dueDate: calendarDate.optional(),
  status: z.enum(['open', 'done']).optional(),
});

export const MyFollowUps = z
  .object({
    today: z.string(),
    items: z.array(
      FollowUp.extend({ planId: z.uuid(), planTitle: z.string(), heldOn: z.string(), isOverdue: z.boolean() }),
    ),
  })
  .meta({ id: 'MyCheckInFollowUps' });

export const CheckInParams = z.object({ planId: z.uuid(), checkInId: z.uuid() });
export const FollowUpParams = z.object({ planId: z.uuid(), followUpId: z.uuid() });
export const DistrictParams = z.object({ districtId: z.uuid() });
