import { z } from 'zod';
import { storable } from '../../../core/platform/storable-text.js';
import { CohortParams } from '../cohorts/cohorts.schema.js';

export const CohortDiscussionParams = CohortParams.extend({ discussionId: z.uuid() });
export const DistrictCohortParams = z.object({ districtId: z.uuid(), cohortId: z.uuid() });
export const DistrictCohortDiscussionParams = DistrictCohortParams.extend({ discussionId: z.uuid() });

const text = (max: number) => storable(z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`));

const Author = z
  .object({
    name: z.string().nullable().meta({ description: 'null when the account is gone' }),
    organizationName: z.string().meta({ description: 'The district they wrote for, or the network' }),
    districtId: z.uuid().nullable().meta({ description: 'null when the network wrote' }),
  })
  .meta({ id: 'DiscussionAuthor' });

export const CohortDiscussion = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    author: Author,
    replyCount: z.number().int(),
    createdAt: z.string(),
    lastActivityAt: z.string(),
  })
  .meta({ id: 'CohortDiscussion' });

export const DiscussionReply = z.object({ id: z.uuid(), body: z.string(), author: Author, createdAt: z.string() }).meta({ id: 'DiscussionReply' });

export const CohortDiscussionThread = CohortDiscussion.extend({ replies: z.array(DiscussionReply) }).meta({ id: 'CohortDiscussionThread' });

export const DiscussionList = z.object({ discussions: z.array(CohortDiscussion) });

export const NewDiscussionBody = z.strictObject({
  title: text(200).meta({ description: 'The question, in a line' }),
  body: text(8000).meta({ description: 'What the district (or the network) asks, in full' }),
});

export const NewReplyBody = z.strictObject({ body: text(8000) });
