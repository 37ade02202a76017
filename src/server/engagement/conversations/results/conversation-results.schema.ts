import { z } from 'zod';
import { SurveyRepresentation } from '../../representation/representation.schema.js';

const suppressed = z.object({ suppressed: z.literal(true), reason: z.enum(['small_group', 'complement']) });
const count = z.union([z.number().int(), suppressed]);
const localized = z.record(z.string(), z.string());

export const ResultsQuery = z.object({
  /** The key of a single-choice demographic question of the conversation: rate mode's top ideas by its answers. */
  by: z.string().trim().min(1).max(100).optional(),
});

const statementWords = { statement_id: z.uuid(), text: z.string(), language: z.string(), is_seed: z.boolean() };
const RatedIdea = z.object({
  ...statementWords,
  ratings: z.number().int(),
  mean: z.number().meta({ description: 'The plain mean of its ratings (1-5)' }),
  score: z.number().meta({ description: 'The Bayesian average it is ranked by: its ratings pulled towards the conversation’s mean rating by the median number of ratings per idea' }),
});

export const ConversationResults = z
  .object({
    conversation_id: z.uuid(),
    mode: z.enum(['rate', 'vote']),
    threshold: z.number().int(),
    by: z.string().nullable(),
    /** The questions results may be broken down by: single-choice demographic questions. */
    breakdowns: z.array(z.object({ key: z.string(), text: localized })),
    counts: z.object({
      participants: z.number().int(),
      statements: z.number().int().meta({ description: 'Accepted (shown) statements' }),
      pending_statements: z.number().int(),
      hidden_statements: z.number().int(),
      votes: z.number().int().meta({ description: 'Votes or ratings, each participant’s latest of each statement' }),
    }),
    over_time: z.array(z.object({ day: z.string(), participants: z.number().int(), statements: z.number().int(), votes: z.number().int() })).meta({ description: 'Every day from the first to the last with anything on it (UTC days)' }),
    representation: SurveyRepresentation.shape.dimensions,
    missing_population: SurveyRepresentation.shape.missing_population,
    rate: z
      .object({
        raters: count,
        top_ideas: z.array(RatedIdea),
        groups: z.array(z.object({ key: z.string(), label: localized, raters: count, top_ideas: z.array(RatedIdea).nullable() })),
        rated_differently: z.array(z.object({ ...statementWords, spread: z.number(), groups: z.array(z.object({ key: z.string(), ratings: z.number().int(), mean: z.number() })) })),
      })
      .nullable()
      .meta({ description: 'Rate mode only; null in vote mode (see the opinion groups)' }),
    publication: z.object({ is_published: z.boolean(), published_at: z.iso.datetime().nullable(), public_url: z.string().nullable() }),
  })
  .meta({ id: 'ConversationResults' });

export const ResultsPublication = z
  .object({ is_published: z.boolean(), published_at: z.iso.datetime().nullable(), public_url: z.string().nullable() })
  .meta({ id: 'ConversationResultsPublication' });
