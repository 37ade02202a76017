import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';
import { calendarDate } from './cycle-fields.js';

const templateKey = z.string().min(1).max(100);
const status = z.enum(['not_started', 'in_progress', 'in_review', 'complete']);

export const CyclePhase = z
  .object({
    id: z.uuid(),
    templateKey: z.string().nullable(),
    position: z.number().int(),
    name: z.string(),
    guidingQuestion: z.string(),
    purpose: z.string(),
    outcomes: z.array(z.string()),
    startDate: z.string(),
    endDate: z.string(),
    isClosed: z.boolean(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CyclePhase' });

export const CycleStep = z
  .object({ id: z.uuid(), phaseId: z.uuid(), position: z.number().int(), text: z.string(), linksTo: z.string().nullable(), isDone: z.boolean(), version: z.number().int() })
  .meta({ id: 'CycleStep' });

export const CycleSession = z
  .object({
    id: z.uuid(),
    phaseId: z.uuid(),
    templateKey: z.string().nullable(),
    position: z.number().int(),
    name: z.string(),
    format: z.string(),
    audience: z.string().nullable(),
    date: z.string(),
    lengthMinutes: z.number().int().nullable(),
    lengthLabel: z.string().nullable().meta({ description: 'A length in words ("Half day") when the template gives no minutes.' }),
    details: z.object({ purpose: z.string().optional(), agenda: z.array(z.string()).optional(), outcomes: z.array(z.string()).optional() }),
    version: z.number().int(),
  })
  .meta({ id: 'CycleSession' });

export const CycleDeliverable = z
  .object({
    id: z.uuid(),
    phaseId: z.uuid(),
    templateKey: z.string().nullable(),
    letter: z.string().nullable(),
    position: z.number().int(),
    name: z.string(),
    description: z.string(),
    doneWhen: z.array(z.string()),
    dueDate: z.string(),
    linksTo: z.string().nullable().meta({ description: 'The product area that produces it, e.g. "plan.measures".' }),
    ownerId: z.uuid().nullable(),
    reviewerId: z.uuid().nullable(),
    status,
    reviewState: z.enum(['none', 'approved', 'changes_requested']),
    documentUrl: z.string().nullable(),
    documentText: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CycleDeliverable' });

/** A deliverable as the cycle detail lists it: with the names of its owner and reviewer. */
export const CycleDeliverableNamed = CycleDeliverable.extend({
  ownerName: z.string().nullable().meta({ description: "The owner's name, so readers who may not list members see it." }),
  reviewerName: z.string().nullable(),
}).meta({ id: 'CycleDeliverableNamed' });

export const ReadinessItem = z
  .object({
    id: z.uuid(),
    templateKey: z.string().nullable(),
    position: z.number().int(),
    label: z.string(),
    description: z.string().nullable(),
    linksTo: z.string().nullable(),
    state: z.enum(['open', 'checked', 'waived']),
    waiverReason: z.string().nullable(),
    decidedBy: z.uuid().nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReadinessItem' });

export const OptionalPath = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    phase: z.string().nullable().meta({ description: 'The name of the phase the path runs in.' }),
    decidedIn: z.string().nullable().meta({ description: 'The name of the phase in which the team decides whether to take it.' }),
    chosen: z.boolean(),
  })
  .meta({ id: 'CycleOptionalPath', description: "One of the template's optional paths, and whether this cycle takes it." });

export const FrameworkSupport = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    phase: z.string().nullable().meta({ description: 'The name of its phase; null when it runs through the whole process.' }),
    isOptional: z.boolean(),
  })
  .meta({ id: 'CycleSupport', description: 'Support the framework includes (kits, coaching, consulting hours).' });

export const CycleSummary = z
  .object({ id: z.uuid(), templateId: z.string(), name: z.string(), startDate: z.string(), endDate: z.string().nullable(), version: z.number().int(), createdAt: z.string() })
  .meta({ id: 'CycleSummary' });

export const CycleDetail = z
  .object({
    id: z.uuid(),
    templateId: z.string(),
    name: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    version: z.number().int(),
    plan: z.object({ id: z.uuid(), title: z.string() }).nullable().meta({ description: 'The plan this cycle produces, when linked.' }),
    currentPhase: z.object({ id: z.uuid(), name: z.string(), guidingQuestion: z.string() }).nullable().meta({ description: 'The first phase not closed; null when all are closed.' }),
    phases: z.array(CyclePhase),
    steps: z.array(CycleStep),
    sessions: z.array(CycleSession),
    deliverables: z.array(CycleDeliverableNamed),
    readiness: z.array(ReadinessItem.extend({ decidedByName: z.string().nullable() })),
    sessionChoices: z.record(z.string(), z.number().int()).meta({ description: 'Template session id -> index of the alternative the cycle holds it as.' }),
    optionalPaths: z.array(OptionalPath),
    supports: z.array(FrameworkSupport),
  })
  .meta({ id: 'CycleDetail' });

const scoreText = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));

/**
 * A reviewer's scores against a rubric (a network's, for the deliverable's type), sent with a
 * sign-off and kept on its event: the rubric's name and, per criterion, the level chosen.
 */
export const RubricScoresBody = z
  .strictObject({
    name: scoreText(200),
    scores: z
      .array(z.strictObject({ criterion: scoreText(200), level: scoreText(200), note: storable(z.string().trim().max(2000, 'must be at most 2000 characters')).optional() }))
      .min(1, 'must score at least one criterion')
      .max(12, 'must be at most 12 scores'),
  })
  .meta({ id: 'RubricScoresBody' });
export type RubricScores = z.infer<typeof RubricScoresBody>;

export const RubricScoresRecord = z
  .object({ name: z.string(), scores: z.array(z.object({ criterion: z.string(), level: z.string(), note: z.string().nullable() })) })
  .meta({ id: 'RubricScores', description: 'The rubric scores the reviewer gave with this sign-off.' });

export const DeliverableEvent = z
  .object({
    id: z.uuid(),
    kind: z.enum(['created', 'edited', 'status_changed', 'approved', 'changes_requested']),
    actorUserId: z.uuid().nullable(),
    actor: z.string(),
    fromStatus: status.nullable(),
    toStatus: status.nullable(),
    comment: z.string().nullable(),
    changes: z.unknown(),
    rubric: RubricScoresRecord.nullable().meta({ description: 'On a sign-off scored against a rubric; null otherwise.' }),
    at: z.string(),
  })
  .meta({ id: 'DeliverableEvent' });

export const ChangeCycleBody = z.object({
  version: versionSchema,
  name: z.string().trim().min(1).max(200).optional(),
  planId: z.uuid().nullable().optional().meta({ description: 'The plan this cycle produces (same district); null unlinks.' }),
  optionalPaths: z.array(templateKey).max(50).optional().meta({ description: "Ids of the template's optional paths the cycle takes, replacing the list." }),
});
export const StartCycleBody = z.object({
  templateId: z.string().max(100),
  name: z.string().trim().min(1).max(200),
  startDate: calendarDate,
  sessionChoices: z
    .record(templateKey, z.number().int().min(0, 'must be the index of an alternative, 0 or more'))
    .optional()
    .meta({ description: "Template session id -> index in the session's alternatives, e.g. a half-day retreat instead of three meetings." }),
  optionalPaths: z.array(templateKey).max(50).optional().meta({ description: "Ids of the template's optional paths to take from the start." }),
});
export const DistrictParams = z.object({ districtId: z.uuid() });
export const CycleParams = z.object({ cycleId: z.uuid() });
export const statusSchema = status;
