import { z } from 'zod';
import { versionSchema } from '../../http/common.schema.js';

export const PlanParams = z.object({ planId: z.uuid() });
export const FeedParams = z.object({ planId: z.uuid(), measureKey: z.string().min(1).max(64) });

export const FeedBody = z.strictObject({
  metric: z.string().trim().min(1, 'choose a metric').max(200),
  /** null: the district's own value. */
  school_id: z.uuid({ message: 'must be a school id' }).nullable(),
  /** null: all students. */
  group_name: z.string().trim().min(1, 'must not be empty').max(200).nullable(),
  /** Absent for a new feed; the version read when changing one. */
  version: versionSchema.optional(),
});

export const MeasureFeed = z
  .object({
    measure_key: z.string(),
    metric: z.string(),
    school_id: z.uuid().nullable(),
    group_name: z.string().nullable(),
    /** The periods whose all-students actual the feed wrote (and no one typed over since). */
    periods_fed: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: 'MeasureFeed' });

export const MeasureFeeds = z.object({ feeds: z.array(MeasureFeed) }).meta({ id: 'MeasureFeeds' });
