import { z } from 'zod';
import { attendanceRoles } from '../../../core/network/session-attendance.js';
import { storable } from '../../../core/platform/storable-text.js';
import { CohortParams, optionalText, requiredText } from '../cohorts/cohorts.schema.js';

export const CohortResourceParams = CohortParams.extend({ resourceId: z.uuid() });
export const SessionParams = CohortParams.extend({ eventId: z.uuid() });
export const DistrictCohortParams = z.object({ districtId: z.uuid(), cohortId: z.uuid() });
export const DistrictCohortResourceParams = DistrictCohortParams.extend({ resourceId: z.uuid() });

const phaseKey = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters').meta({ description: "A phase id of the cohort's template; left out, the resource serves every phase" });
const webAddress = storable(z.string().trim().max(2000, 'must be at most 2000 characters').regex(/^https?:\/\/\S+$/i, 'must be a web address starting with http:// or https://'));

export const NetworkResource = z
  .object({
    id: z.uuid(),
    kind: z.enum(['file', 'link']),
    title: z.string(),
    description: z.string(),
    url: z.string().nullable().meta({ description: 'A link’s address; null for a file' }),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    phaseKey: z.string().nullable().meta({ description: 'The template phase it belongs to; null for every phase' }),
    eventId: z.uuid().nullable().meta({ description: 'The session it is material for; null for the library' }),
    addedBy: z.string().nullable(),
    addedAt: z.string(),
  })
  .meta({ id: 'NetworkResource' });

export const NetworkResourceList = z.object({ resources: z.array(NetworkResource) });

export const NewLinkBody = z.strictObject({
  title: requiredText(200),
  description: optionalText(2000).optional(),
  url: webAddress,
  phaseKey: phaseKey.nullable().optional(),
  eventId: z.uuid().nullable().optional().meta({ description: 'A session of the cohort: the link is its material' }),
});

export const ResourceFileQuery = z.strictObject({
  title: requiredText(200),
  fileName: requiredText(200),
  description: optionalText(2000).optional(),
  phaseKey: phaseKey.optional(),
  eventId: z.uuid().optional(),
});

export const attendanceRole = z.enum(attendanceRoles);

export const AttendanceBody = z.strictObject({
  people: z
    .array(
      z.strictObject({
        districtId: z.uuid(),
        personName: requiredText(200),
        role: attendanceRole,
        attended: z.boolean(),
      }),
    )
    .max(2000, 'must be at most 2000 people'),
});

const count = { recorded: z.number().int(), attended: z.number().int() };
export const SessionAttendance = z
  .object({
    eventId: z.uuid(),
    people: z.array(z.object({ id: z.uuid(), districtId: z.uuid(), districtName: z.string(), personName: z.string(), role: attendanceRole, attended: z.boolean() })),
    totals: z.object({
      ...count,
      districtsPresent: z.number().int(),
      byDistrict: z.array(z.object({ districtId: z.uuid(), districtName: z.string(), ...count })),
      byRole: z.array(z.object({ role: attendanceRole, ...count })),
    }),
    recordedAt: z.string().nullable(),
  })
  .meta({ id: 'SessionAttendance' });
