import { z } from 'zod';
import { questionTypes } from '../../../core/engagement/survey-format.js';

/** The results' shape (core/engagement/survey-results-types.ts) for the serializer and OpenAPI. */
const Suppressed = z
  .object({ suppressed: z.literal(true), reason: z.enum(['small_group', 'complement']) })
  .meta({ id: 'SuppressedCount', description: 'A cell withheld to protect respondents: too few people, or one from which a hidden cell could be worked out' });
const Count = z.union([z.number().int(), Suppressed]);
const byGroup = <T extends z.ZodType>(value: T) => z.record(z.string(), value);
const Label = z.record(z.string(), z.string());
const OptionCounts = z.object({ key: z.string(), label: Label, counts: byGroup(Count) });
const NumberSummary = z.object({ n: z.number(), mean: z.number(), median: z.number(), min: z.number(), max: z.number() });

export const SurveyResults = z
  .object({
    survey_id: z.uuid(),
    respondents: Count,
    threshold: z.number().int(),
    by: z.string().nullable(),
    groups: z.array(z.object({ key: z.string(), label: Label, respondents: Count })),
    questions: z.array(
      z.object({
        key: z.string(),
        type: z.enum(questionTypes),
        text: Label,
        answered: byGroup(Count),
        options: z.array(OptionCounts).optional(),
        items: z.array(z.object({ key: z.string(), label: Label, answered: byGroup(Count), options: z.array(OptionCounts) })).optional(),
        ranking: z.array(z.object({ key: z.string(), label: Label, mean_rank: byGroup(z.union([z.number(), Suppressed])), first: byGroup(Count) })).optional(),
        summary: byGroup(z.union([NumberSummary, Suppressed])).optional(),
      }),
    ),
  })
  .meta({ id: 'SurveyResults' });
