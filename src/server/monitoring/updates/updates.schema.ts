import { z } from 'zod';

const day = (max: number) => z.number().int('must be a whole number').min(0, 'must be 0 or more').max(max, `must be at most ${max}`);
const month = z.number().int('must be a whole number').min(1, 'must be a month from 1 to 12').max(12, 'must be a month from 1 to 12');
const narrative = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish().transform((v) => v || null);

export const actionStatuses = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled'] as const;

// Settings and people -----------------------------------------------------------------------

const settingsFields = {
  yearBasis: z.enum(['school', 'fiscal']),
  schoolYearStartMonth: month,
  fiscalYearStartMonth: month,
  measureDueDays: day(120),
  actionDueDays: day(120),
  remindDaysBefore: day(60),
  remindEveryDays: day(60).min(1, 'must be at least 1'),
  escalateAfterDays: day(120).min(1, 'must be at least 1'),
  suppressionThreshold: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100'),
  /** A mailed update link works until the period's due date plus these days. */
  updateLinkGraceDays: day(120),
};

export const MonitoringSettings = z.object({ ...settingsFields, version: z.number().int() }).meta({ id: 'MonitoringSettings' });

export const MonitoringSettingsBody = z.strictObject({
  ...settingsFields,
  /** Added later than the others: a client that leaves it out keeps the district's current value. */
  updateLinkGraceDays: settingsFields.updateLinkGraceDays.optional(),
  /** The version the edit started from; 0 when the district never saved its settings. */
  // An int4 column: a larger number reached PostgreSQL and answered 500 (22003, found by the fuzz suite).
  version: z.number().int().min(0).max(2_147_483_647),
});

export const MonitoringPerson = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    /** Only for monitoring managers and the person themself; null otherwise. */
    email: z.string().nullable().meta({ description: 'Given to those who manage monitoring and to the person themself; null otherwise.' }),
    supervisorId: z.uuid().nullable(),
    supervisorName: z.string().nullable(),
    wantsDailyDigest: z.boolean(),
  })
  .meta({ id: 'MonitoringPerson' });

export const MonitoringPeople = z.object({ people: z.array(MonitoringPerson) });

export const MonitoringPersonBody = z.strictObject({
  supervisorId: z.uuid('must be the id of a person').nullable().optional(),
  wantsDailyDigest: z.boolean().optional(),
});

// Updates -----------------------------------------------------------------------------------

export const UpdateEvidence = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() }).meta({ id: 'UpdateEvidence' });

export const PostedValue = z.object({ subgroup: z.string().nullable(), value: z.number().nullable(), n: z.number().int().nullable() });

export const Update = z
  .object({
    id: z.uuid(),
    periodLabel: z.string(),
    periodEndsOn: z.string().nullable(),
    revision: z.number().int(),
    values: z.array(PostedValue),
    happened: z.string().nullable(),
    why: z.string().nullable(),
    nextSteps: z.string().nullable(),
    actionStatus: z.string().nullable(),
    percentComplete: z.number().nullable(),
    correctionNote: z.string().nullable(),
    source: z.enum(['app', 'link', 'bulk']),
    author: z.string(),
    createdAt: z.string(),
    evidence: z.array(UpdateEvidence),
  })
  .meta({ id: 'Update' });

export const periodStates = ['upcoming', 'due', 'overdue', 'done'] as const;

export const ElementUpdates = z
  .object({
    planId: z.uuid(),
    planTitle: z.string(),
    elementKey: z.string(),
    kind: z.enum(['measure', 'action']),
    name: z.string(),
    unit: z.string().optional(),
    unitLabel: z.string().optional(),
    direction: z.string().optional(),
    subgroups: z.array(z.string()),
    owner: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
    canUpdate: z.boolean(),
    periods: z.array(
      z.object({ label: z.string(), startsOn: z.string(), endsOn: z.string(), dueOn: z.string(), closesOn: z.string(), state: z.enum(periodStates) }),
    ),
    updates: z.array(Update),
  })
  .meta({ id: 'ElementUpdates' });

/** What an owner posts for one period; the rules that depend on the element are in postElementUpdate. */
export const UpdateBody = z.strictObject({
  periodLabel: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  values: z
    .array(
      z.strictObject({
        subgroup: z.string().trim().max(200, 'must be at most 200 characters').nullable().transform((v) => v || null),
        value: z.number().nullable(),
        n: z.number().int('must be a whole number').min(0, 'must be 0 or more').nullish().transform((v) => v ?? null),
      }),
    )
    .max(100, 'must list at most 100 values')
    .optional(),
  happened: narrative(4000),
  why: narrative(4000),
  nextSteps: narrative(4000),
  actionStatus: z.enum(actionStatuses).nullish().transform((v) => v ?? null),
  percentComplete: z.number().min(0, 'must be 0 or more').max(100, 'must be at most 100').nullish().transform((v) => v ?? null),
  correctionNote: narrative(1000),
});
export type UpdateInput = z.input<typeof UpdateBody>;

// My updates --------------------------------------------------------------------------------

export const MyUpdateItem = z
  .object({
    planId: z.uuid(),
    planTitle: z.string(),
    elementKey: z.string(),
    kind: z.enum(['measure', 'action']),
    name: z.string(),
    periodLabel: z.string(),
    dueOn: z.string(),
    closesOn: z.string(),
    state: z.enum(['due', 'overdue', 'done']),
    lastUpdatedAt: z.string().nullable(),
  })
  .meta({ id: 'MyUpdateItem' });

export const MyUpdates = z.object({ today: z.string(), items: z.array(MyUpdateItem) });

// Parameters --------------------------------------------------------------------------------

const elementKey = z.string().min(1).max(64);
export const DistrictParams = z.object({ districtId: z.uuid() });
export const PersonParams = z.object({ districtId: z.uuid(), userId: z.uuid() });
export const PlanParams = z.object({ planId: z.uuid() });
export const ElementParams = z.object({ planId: z.uuid(), elementKey });
export const UpdateParams = z.object({ updateId: z.uuid() });
export const EvidenceParams = z.object({ updateId: z.uuid(), evidenceId: z.uuid() });
export const EvidenceQuery = z.object({ fileName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters') });
