import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';
import { calendarDate } from '../../process/cycles/cycle-fields.js';
import { optionalText, requiredText } from '../cohorts/cohorts.schema.js';

export const ClientParams = z.object({ networkId: z.uuid(), engagementId: z.uuid() });
export const HoursEntryParams = ClientParams.extend({ entryId: z.uuid() });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-09');
const hours = (max: number) => z.number().multipleOf(0.01, 'must have at most two decimals').max(max, `must be at most ${max}`);

export const ScopeLine = z.strictObject({ month, services: requiredText(2000), outcomes: optionalText(2000) });

export const NewClientBody = z.strictObject({
  districtId: z.uuid().meta({ description: 'A district the network reaches: its own, or one matched to it as provider' }),
  title: requiredText(200),
  startsOn: calendarDate,
  endsOn: calendarDate,
  hoursPurchased: hours(100_000).min(0, 'must not be negative'),
  scope: z.array(ScopeLine).max(36).optional().meta({ description: 'The scope of work month by month: services and outcomes' }),
});
export const UpdateClientBody = NewClientBody.omit({ districtId: true }).partial().extend({ version: versionSchema });
export type ClientValues = z.infer<typeof NewClientBody>;

export const NewHoursBody = z.strictObject({
  coachId: z.uuid().nullable().optional().meta({ description: "A coach of the network; left out, the caller's own hours" }),
  workedOn: calendarDate,
  hours: hours(24).gt(0, 'must be more than 0'),
  activity: requiredText(500),
});

const Bank = z.object({
  purchased: z.number(),
  used: z.number(),
  remaining: z.number(),
  overBy: z.number(),
  byCoach: z.array(z.object({ coachName: z.string(), hours: z.number() })),
  byMonth: z.array(z.object({ month: z.string(), hours: z.number() })),
});

export const HoursEntry = z.object({ id: z.uuid(), coachId: z.uuid().nullable(), coachName: z.string(), workedOn: z.string(), hours: z.number(), activity: z.string() }).meta({ id: 'HoursEntry' });

export const ClientEngagement = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    networkName: z.string(),
    districtId: z.uuid(),
    districtName: z.string(),
    title: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    scope: z.array(z.object({ month: z.string(), services: z.string(), outcomes: z.string() })),
    bank: Bank,
    entries: z.array(HoursEntry),
    version: z.number().int(),
  })
  .meta({ id: 'ClientEngagement' });
