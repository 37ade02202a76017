import { z } from 'zod';
import { populationDimensions } from '../../../core/engagement/population/population-groups.js';
import { storable } from '../../../core/platform/storable-text.js';

const suppressed = z.object({ suppressed: z.literal(true), reason: z.enum(['small_group', 'complement']) });
const count = z.union([z.number(), suppressed]);
const localized = z.record(z.string(), z.string());

export const RepresentationQuery = z.object({
  /** A school of the district's population; the survey's school question must offer it. Left out: the whole district. */
  school: storable(z.string().trim().max(200)).optional(),
});

export const SurveyRepresentation = z
  .object({
    survey_id: z.uuid(),
    school: z.string(),
    /** Schools with a population that the survey's school question offers. */
    schools: z.array(z.string()),
    threshold: z.number().int(),
    gap_points: z.number().int(),
    dimensions: z.array(
      z.object({
        dimension: z.enum(populationDimensions),
        question_key: z.string(),
        question_text: localized,
        respondents: count,
        is_multiple: z.boolean(),
        unmatched_options: z.array(z.object({ key: z.string(), label: localized })),
        rows: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            respondents: count,
            respondent_share: z.union([z.number(), suppressed]),
            population_share: z.number(),
            gap_points: z.union([z.number(), suppressed]),
            is_under_represented: z.boolean(),
          }),
        ),
      }),
    ),
    /** Dimensions the survey asks about that the population has no numbers for yet. */
    missing_population: z.array(z.enum(populationDimensions)),
    /** What the one-click outreach can send, when the survey serves a planning cycle. */
    outreach: z
      .object({
        cycle_id: z.uuid(),
        public_url: z.string().nullable(),
        items: z.array(z.object({ id: z.uuid(), title: z.string() })),
        groups: z.array(z.object({ id: z.uuid(), name: z.string(), constituency: z.string(), contacts: z.number().int(), is_suggested: z.boolean() })),
      })
      .nullable(),
  })
  .meta({ id: 'SurveyRepresentation' });

export const OutreachBody = z.strictObject({
  /** An email invitation of the cycle's outreach kit; its {{link}} is the survey's public link. */
  outreach_item_id: z.uuid(),
  stakeholder_group_ids: z.array(z.uuid()).min(1, 'choose at least one group').max(50),
  locale: z.enum(['en', 'es']).optional(),
});

export const OutreachSent = z
  .object({ sent: z.array(z.object({ stakeholder_group_id: z.uuid(), recipients: z.number().int() })) })
  .meta({ id: 'SurveyOutreachSent' });
