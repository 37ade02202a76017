import { z } from 'zod';
import { CohortEvent } from '../cohorts/cohorts.schema.js';

export const DashboardParams = z.object({ cohortId: z.uuid() });

export const DashboardQuery = z.strictObject({
  providerId: z.uuid({ message: 'must be a provider id' }).optional().meta({ description: 'Only the districts matched to this provider' }),
  coachId: z.uuid({ message: 'must be a coach’s user id' }).optional().meta({ description: 'Only the districts this coach works with' }),
});

export const SpreadsheetQuery = DashboardQuery.extend({
  lang: z.enum(['en', 'es']).optional().meta({ description: 'The language of the headers; otherwise the Accept-Language header’s' }),
});

const deliverableStatus = z.enum(['not_started', 'in_progress', 'in_review', 'complete']);
const reviewState = z.enum(['none', 'approved', 'changes_requested']);
const phaseRef = z.object({ key: z.string().nullable(), name: z.string(), index: z.number().int().meta({ description: '0-based place on the shared timeline' }) });

const DashboardDeliverable = z.object({
  id: z.uuid(),
  key: z.string().nullable().meta({ description: 'The template deliverable it was copied from; null for one the district added' }),
  letter: z.string().nullable(),
  name: z.string(),
  status: deliverableStatus,
  reviewState,
  dueDate: z.string(),
  isOverdue: z.boolean(),
  isWaitingReview: z.boolean(),
});

const DashboardCoach = z.object({ userId: z.uuid(), name: z.string(), organizationName: z.string(), responsibility: z.string().nullable() });

export const DashboardDistrict = z
  .object({
    districtId: z.uuid(),
    districtName: z.string(),
    status: z.enum(['invited', 'enrolled', 'withdrawn']),
    cycleId: z.uuid().nullable(),
    provider: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    coaches: z.array(DashboardCoach),
    progress: z.object({
      verdict: z.enum(['no_cycle', 'not_started', 'ahead', 'on_track', 'behind', 'finished']),
      phasesApart: z.number().int().meta({ description: 'How many phases ahead or behind' }),
      currentPhase: phaseRef.nullable().meta({ description: 'The district’s first phase not closed' }),
      expectedPhase: phaseRef.nullable().meta({ description: 'The shared timeline’s phase today; null before it starts and after it ends' }),
    }),
    counts: z.object({
      notStarted: z.number().int(),
      inProgress: z.number().int(),
      inReview: z.number().int(),
      complete: z.number().int(),
      approved: z.number().int(),
      changesRequested: z.number().int(),
      total: z.number().int(),
    }),
    deliverables: z.array(DashboardDeliverable),
    overdue: z.array(z.uuid()).meta({ description: 'Ids of the deliverables due before today and not complete, oldest first' }),
    waitingReview: z.array(z.uuid()).meta({ description: 'Ids of the deliverables in review without a sign-off' }),
    nextSession: z.object({ id: z.uuid(), name: z.string(), date: z.string(), format: z.string() }).nullable(),
  })
  .meta({ id: 'CohortDashboardDistrict' });

export const CohortDashboard = z
  .object({
    cohort: z.object({ id: z.uuid(), name: z.string(), schoolYear: z.string(), templateId: z.string(), templateName: z.string().nullable(), startDate: z.string() }),
    today: z.string(),
    timeline: z.object({
      phases: z.array(z.object({ key: z.string(), name: z.string(), startDate: z.string(), endDate: z.string(), isToday: z.boolean() })),
      endDate: z.string().nullable(),
      deliverables: z.array(z.object({ key: z.string(), letter: z.string().nullable(), name: z.string(), phaseKey: z.string(), dueDate: z.string() })).meta({
        description: 'The template’s deliverables, dated on the shared timeline: the columns of the dashboard',
      }),
      events: z.array(CohortEvent).meta({ description: 'The cohort’s calendar: milestones and sessions' }),
    }),
    upcomingEvents: z.array(CohortEvent).meta({ description: 'The cohort’s events of the next 45 days' }),
    filters: z.object({
      providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
      coaches: z.array(z.object({ userId: z.uuid(), name: z.string(), organizationName: z.string() })),
    }).meta({ description: 'The providers and coaches of the districts the reader sees, for the filters' }),
    totals: z.object({
      districts: z.number().int(),
      behind: z.number().int(),
      overdue: z.number().int().meta({ description: 'Overdue deliverables across the districts shown' }),
      waitingReview: z.number().int(),
    }),
    districts: z.array(DashboardDistrict),
  })
  .meta({ id: 'CohortDashboard' });

export type CohortDashboardValue = z.infer<typeof CohortDashboard>;
