import { z } from 'zod';

const Status = z.string().describe('on_track, at_risk, off_track, achieved, no_data; for actions what the owner reported');

export const CarriedAction = z.object({
  key: z.string(),
  title: z.string(),
  status: z.string().nullable(),
  fromDue: z.string().describe('The due date before the rollover (YYYY-MM-DD)'),
  toDue: z.string().describe('The same month and day a year later'),
});

export const YearQuery = z.object({ year: z.string().min(1).max(40).describe('The year as the plan names its years, such as 2025-26') });
export const YearBody = YearQuery;

export const RolloverPreview = z.object({
  yearLabel: z.string(),
  yearEndsOn: z.string(),
  carried: z.array(CarriedAction),
});

export const YearClosure = z.object({
  id: z.uuid(),
  yearLabel: z.string(),
  yearEndsOn: z.string(),
  summary: z.object({
    goals: z.array(z.object({ key: z.string(), title: z.string(), status: Status, explanation: z.string() })),
    measures: z.array(
      z.object({ key: z.string(), name: z.string(), status: Status, actual: z.number().nullable(), expected: z.number().nullable(), periodLabel: z.string().nullable() }),
    ),
  }),
  carried: z.array(CarriedAction),
  closedBy: z.string().describe('Who closed the year, as the audit log names them'),
  createdAt: z.string(),
});

export const YearClosures = z.object({ closures: z.array(YearClosure) });
