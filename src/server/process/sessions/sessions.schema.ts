import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-09-01').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: 'must be a real date', params: { issue: 'invalid_date' } });
const optionalText = (max: number) => storable(z.string().trim().max(max, `must be at most ${max} characters`)).nullable().transform((v) => v || null);

export const attendanceStatusSchema = z.enum(['present', 'absent', 'excused']);
export const decisionMethodSchema = z.enum(['consensus', 'fist_to_five', 'majority', 'other']);
export const taskStatusSchema = z.enum(['open', 'done']);

export const AgendaItem = z
  .object({
    title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
    minutes: z.number().int().min(0).max(1440).nullable().default(null),
    presenter: z.string().trim().max(200, 'must be at most 200 characters').nullable().default(null).transform((v) => v || null),
  })
  .meta({ id: 'AgendaItem' });

export const Decision = z
  .object({
    text: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
    method: decisionMethodSchema.nullable().default(null),
  })
  .meta({ id: 'SessionDecision' });

export const SessionTask = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string(),
    status: taskStatusSchema,
    doneAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'SessionTask' });

export const AttendanceRow = z
  .object({
    committeeMemberId: z.uuid(),
    name: z.string(),
    userId: z.uuid().nullable(),
    committeeRole: z.string(),
    constituency: z.string(),
    status: attendanceStatusSchema.nullable().meta({ description: 'null until attendance is taken for this member' }),
  })
  .meta({ id: 'AttendanceRow' });

export const SessionRecord = z
  .object({
    session: z.object({
      id: z.uuid(),
      cycleId: z.uuid(),
      phaseId: z.uuid(),
      phaseName: z.string(),
      name: z.string(),
      format: z.string(),
      audience: z.string().nullable(),
      date: z.string(),
      lengthMinutes: z.number().int().nullable(),
      purpose: z.string().nullable(),
      outcomes: z.array(z.string()),
      version: z.number().int(),
    }),
    place: z.string().nullable(),
    meetingLink: z.string().nullable(),
    startTime: z.string().nullable(),
    agenda: z.array(z.object({ title: z.string(), minutes: z.number().int().nullable(), presenter: z.string().nullable() })),
    agendaFromTemplate: z.boolean().meta({ description: 'true while the agenda shown is the template\'s, not yet saved by the district' }),
    minutes: z.string(),
    decisions: z.array(z.object({ text: z.string(), method: decisionMethodSchema.nullable() })),
    attendance: z.array(AttendanceRow),
    tasks: z.array(SessionTask),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'SessionRecord' });

export const UpdateRecordBody = z.object({
  version: versionSchema,
  place: optionalText(300).optional(),
  meetingLink: z
    .url({ message: 'must be a web address such as https://meet.example.org/abc', protocol: /^https?$/ })
    .max(2000, 'must be at most 2000 characters')
    .nullable()
    .or(z.literal('').transform(() => null))
    .optional(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 18:30').nullable().or(z.literal('').transform(() => null)).optional(),
  agenda: z.array(AgendaItem).max(60, 'must have at most 60 items').optional(),
  minutes: z.string().max(50000, 'must be at most 50000 characters').optional(),
  decisions: z.array(Decision).max(100, 'must have at most 100 decisions').optional(),
});

export const AttendanceBody = z.object({
  records: z.array(z.object({ committeeMemberId: z.uuid(), status: attendanceStatusSchema })).max(500),
});

export const NewTaskBody = z.object({
  title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  ownerId: z.uuid(),
  dueDate: calendarDate,
});

export const UpdateTaskBody = z.object({
  version: versionSchema,
  title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters').optional(),
  ownerId: z.uuid().optional(),
  dueDate: calendarDate.optional(),
  status: taskStatusSchema.optional(),
});

export const AttendanceHistory = z
  .object({
    sessions: z.array(z.object({ id: z.uuid(), name: z.string(), sessionDate: z.string() })),
    members: z.array(
      z.object({
        committeeMemberId: z.uuid(),
        present: z.number().int(),
        recorded: z.number().int(),
        records: z.array(z.object({ sessionId: z.uuid(), status: attendanceStatusSchema })),
      }),
    ),
  })
  .meta({ id: 'AttendanceHistory' });

export const MyTask = z
  .object({
    kind: z.enum(['task', 'deliverable']),
    id: z.uuid(),
    title: z.string(),
    cycleId: z.uuid(),
    cycleName: z.string(),
    sessionId: z.uuid().nullable(),
    sessionName: z.string().nullable(),
    dueDate: z.string(),
    status: z.string().meta({ description: 'open/done for a task; the deliverable status for a deliverable' }),
    isOverdue: z.boolean(),
    doneAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MyTask' });

export const MyTasks = z.object({ today: z.string(), items: z.array(MyTask) }).meta({ id: 'MyTasks' });

export const SessionSummaries = z
  .object({
    sessions: z.array(
      z.object({
        sessionId: z.uuid(),
        place: z.string().nullable(),
        meetingLink: z.string().nullable(),
        startTime: z.string().nullable(),
        hasMinutes: z.boolean(),
        present: z.number().int(),
        openTasks: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SessionSummaries' });

export const SessionParams = z.object({ cycleId: z.uuid(), sessionId: z.uuid() });
export const TaskParams = z.object({ cycleId: z.uuid(), sessionId: z.uuid(), taskId: z.uuid() });
export const CycleParams = z.object({ cycleId: z.uuid() });
export const DistrictParams = z.object({ districtId: z.uuid() });
