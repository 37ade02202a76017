import { z } from 'zod';
import { answerKey } from '../../../core/engagement/survey-format.js';
import { storable } from '../../../core/platform/storable-text.js';
import { versionSchema } from '../../http/common.schema.js';

/**
 * Themes of a text question's answers, in the survey API's snake_case. An answer is a response's
 * text for the question, named by the response's id.
 */
const timestamp = z.string().meta({ description: 'An ISO 8601 date and time' });
const unique = (ids: string[]) => new Set(ids).size === ids.length;
const noRepeats = { message: 'must not name the same one twice', params: { issue: 'duplicate' } };

export const QuestionParams = z.object({ surveyId: z.uuid(), questionKey: answerKey });
export const ThemeParams = QuestionParams.extend({ themeId: z.uuid() });
export const AnswerParams = QuestionParams.extend({ responseId: z.uuid() });

const themeLabel = storable(z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'));
/** The question's themes version the change starts from (0 before any themes were found). */
const setVersion = z.number().int().min(0).max(2_147_483_647);

export const FindThemesBody = z.object({
  version: setVersion,
  replace_edited: z.boolean().optional().meta({ description: 'Replace themes the team renamed, merged, split or moved (otherwise 409 with reason "edited")' }),
});
export const RenameThemeBody = z.object({ version: versionSchema.meta({ description: "The theme's version" }), label: themeLabel });
export const MergeThemesBody = z.object({
  version: setVersion,
  theme_ids: z.array(z.uuid()).min(2, 'must name at least two themes').max(50).refine(unique, noRepeats),
  label: themeLabel.nullable().optional().meta({ description: 'The merged theme\'s name; without it, one is suggested from its answers' }),
});
export const SplitThemeBody = z.object({ version: setVersion });
export const MoveAnswersBody = z.object({
  version: setVersion,
  response_ids: z.array(z.uuid()).min(1).max(1000).refine(unique, noRepeats),
  theme_id: z.uuid().nullable().meta({ description: 'The theme to move them to; null: not sorted' }),
});
export const SortNewAnswersBody = z.object({ version: setVersion });

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
    id: z.uuid(),
    label: z.string(),
    words: z.array(z.string()).meta({ description: 'Its most distinctive words, as people wrote them' }),
    is_label_edited: z.boolean(),
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
    status: z.enum(['none', 'running', 'done', 'failed']).meta({ description: 'Finding themes runs in the background: poll while "running"' }),
    error: z.string().nullable(),
    started_at: timestamp.nullable(),
    found_at: timestamp.nullable(),
    edited_at: timestamp.nullable(),
    version: z.number().int(),
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
