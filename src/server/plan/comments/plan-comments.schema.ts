import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';

export const PlanComment = z
  .object({
    id: z.uuid(),
    elementId: z.uuid().nullable(),
    elementKey: z.string().nullable(),
    author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    body: z.string(),
    mentions: z.array(z.object({ userId: z.uuid(), name: z.string() })),
    resolvedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'PlanComment' });

export const NewCommentBody = z.strictObject({
  elementId: z.uuid().nullable().default(null),
  body: storable(z.string().trim().min(1, 'is required').max(5000, 'must be at most 5000 characters')),
});

export const ResolveCommentBody = z.strictObject({ resolved: z.boolean() });

export const CommentParams = z.object({ planId: z.uuid(), commentId: z.uuid() });
