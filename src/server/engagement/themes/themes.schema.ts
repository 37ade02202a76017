import { z } from 'zod';
import { answerKey } from '../../../core/engagement/survey-format.js';
import { storable } from '../../../core/platform/storable-text.js';
import { themeChangeBodies, themeHeadFields, themeSetFields, timestamp } from './theme-schemas.js';

/**
 * Themes of a text question's answers, in the survey API's snake_case. An answer is a response's
 * text for the question, named by the response's id.
 */
export const QuestionParams = z.object({ surveyId: z.uuid(), questionKey: answerKey });
export const ThemeParams = QuestionParams.extend({ themeId: z.uuid() });
export const AnswerParams = QuestionParams.extend({ responseId: z.uuid() });

const bodies = themeChangeBodies({ items: 'answers', idsKey: 'response_ids' });
export const FindThemesBody = bodies.find;
export const RenameThemeBody = bodies.rename;
export const MergeThemesBody = bodies.merge;
export const SplitThemeBody = bodies.split;
export const MoveAnswersBody = bodies.move;
export const SortNewAnswersBody = bodies.split;

export const AnswersQuery = z.object({
  q: storable(z.string().trim().max(200, 'must be at most 200 characters')).optional(),
  theme: z.union([z.uuid(), z.enum(['unsorted', 'new'])]).optional().meta({ description: "A theme's id, 'unsorted' or 'new' (arrived after the themes were found)" }),
  starred: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
});

const Sample = z.object({ response_id: z.uuid(), text: z.string(), is_starred: z.boolean() });

export const QuestionTheme = z
  .object({
    ...themeHeadFields(),
    count: z.number().int(),
    samples: z.array(Sample).meta({ description: 'Up to three quotes: starred ones first, then those nearest the theme\'s centre' }),
    version: z.number().int(),
  })
  .meta({ id: 'QuestionTheme' });

export const QuestionThemes = z
  .object({
    survey_id: z.uuid(),
    question: z.object({ key: z.string(), text: z.record(z.string(), z.string()) }),
    languages: z.array(z.string()),
    ...themeSetFields(),
    answers: z.number().int(),
    unsorted: z.number().int(),
    new_answers: z.number().int(),
    starred: z.number().int(),
    themes: z.array(QuestionTheme),
  })
  .meta({ id: 'QuestionThemes', description: "A text question's themes; no counts by group (those go through the results' suppression rule)." });

export const QuestionAnswer = z
  .object({
    response_id: z.uuid(),
    text: z.string(),
    locale: z.string(),
    submitted_at: timestamp,
    theme_id: z.uuid().nullable(),
    is_new: z.boolean().meta({ description: 'Arrived after the themes were found: in no theme yet' }),
    is_starred: z.boolean(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).meta({ description: 'Where the searched words are in text: [start, end) offsets' }),
  })
  .meta({ id: 'QuestionAnswer' });

export const QuestionAnswers = z.object({ answers: z.array(QuestionAnswer), total: z.number().int(), page: z.number().int(), per_page: z.number().int() }).meta({ id: 'QuestionAnswers' });

export const StarredAnswer = z.object({ response_id: z.uuid(), is_starred: z.boolean() });
