import { z } from 'zod';
import { RubricScoresRecord } from '../../process/cycles/cycles.schema.js';
import { Rubric } from '../rubrics/rubrics.schema.js';

export const ReviewQueueQuery = z.object({
  after: z.uuid().optional().meta({ description: 'A deliverable id: `next` is then the one after it (to skip one and come back later)' }),
});

const Pointer = z.object({ districtId: z.uuid(), cycleId: z.uuid(), deliverableId: z.uuid() });

export const ReviewQueueItem = z
  .object({
    districtId: z.uuid(),
    districtName: z.string(),
    cycleId: z.uuid(),
    cycleName: z.string(),
    templateId: z.string(),
    deliverableId: z.uuid(),
    version: z.number().int(),
    letter: z.string().nullable(),
    name: z.string(),
    templateKey: z.string().nullable(),
    linksTo: z.string().nullable(),
    dueDate: z.string(),
    waitingSince: z.string(),
    rubric: Rubric.nullable().meta({ description: "The rubric for the deliverable's type: this organisation's, or else the one of the network that matched it to the district" }),
  })
  .meta({ id: 'ReviewQueueItem' });

export const ReviewQueue = z
  .object({
    items: z.array(ReviewQueueItem),
    next: Pointer.nullable().meta({ description: 'The deliverable to review next; null when nothing waits' }),
  })
  .meta({ id: 'ReviewQueue' });

export const ReviewHistory = z
  .object({
    reviews: z.array(
      z.object({
        id: z.uuid(),
        decision: z.enum(['approve', 'request_changes']),
        districtId: z.uuid(),
        districtName: z.string(),
        cycleId: z.uuid(),
        deliverableId: z.uuid(),
        letter: z.string().nullable(),
        name: z.string(),
        templateKey: z.string().nullable(),
        reviewerUserId: z.uuid().nullable(),
        reviewer: z.string(),
        comment: z.string().nullable(),
        rubric: RubricScoresRecord.nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'ReviewHistory' });
