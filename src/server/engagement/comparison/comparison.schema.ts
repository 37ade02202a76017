import { z } from 'zod';
import { questionTypes } from '../../../core/engagement/survey-format.js';

const suppressed = z.object({ suppressed: z.literal(true), reason: z.enum(['small_group', 'complement']) });
const share = z.union([z.number(), suppressed, z.null()]);
const count = z.union([z.number().int(), suppressed]);
const label = z.record(z.string(), z.string());
const optionChange = z.object({ key: z.string(), label, before: share, after: share, change_points: share });

export const ComparisonQuery = z.object({
  /** The survey (or earlier round) to compare with: it is "before", this survey "after". */
  with: z.uuid({ message: 'must be the id of a survey' }),
  /** A question both surveys break down by the same way; the comparison is then of one of its groups. */
  by: z.string().max(64).optional(),
  group: z.string().max(64).optional(),
});

export const SurveyComparison = z
  .object({
    before: z.object({ survey_id: z.uuid(), title: label, respondents: count }),
    after: z.object({ survey_id: z.uuid(), title: label, respondents: count }),
    by: z.string().nullable(),
    group: z.string(),
    /** The district's respondent threshold both results were protected with. */
    threshold: z.number().int(),
    questions: z.array(
      z.object({
        key: z.string(),
        type: z.enum(questionTypes),
        text: label,
        answered_before: count,
        answered_after: count,
        options: z.array(optionChange).optional(),
        items: z.array(z.object({ key: z.string(), label, options: z.array(optionChange) })).optional(),
        mean: z.object({ before: share, after: share, change: share }).optional(),
      }),
    ),
    differing: z.array(z.string()),
  })
  .meta({ id: 'SurveyComparison' });
