import { withQuery } from '../../app/api';
import type { LocalizedText } from '../../../core/engagement/survey-format';

/** The themes API of one text question (src/server/engagement/themes), in one place; finding and changing them: themeSetUrls. */
export const themesApi = {
  themes: (surveyId: string, questionKey: string) => `${questionBase(surveyId, questionKey)}/themes`,
  answers: (surveyId: string, questionKey: string, filter: AnswerFilter) =>
    withQuery(`${questionBase(surveyId, questionKey)}/answers`, {
      q: filter.q || null,
      theme: filter.theme === 'all' || filter.theme === 'starred' ? null : filter.theme,
      starred: filter.theme === 'starred' ? 'true' : null,
      page: filter.page > 1 ? String(filter.page) : null,
      per_page: String(ANSWERS_PER_PAGE),
    }),
  sortNew: (surveyId: string, questionKey: string) => `${questionBase(surveyId, questionKey)}/themes/sort-new`,
  move: (surveyId: string, questionKey: string) => `${questionBase(surveyId, questionKey)}/answers/move`,
  star: (surveyId: string, questionKey: string, responseId: string) => `${questionBase(surveyId, questionKey)}/answers/${responseId}/star`,
};

const questionBase = (surveyId: string, questionKey: string) => `/api/surveys/${surveyId}/questions/${encodeURIComponent(questionKey)}`;

export const ANSWERS_PER_PAGE = 25;

/** Which answers the list shows: all, a theme's id, those in no theme, the new ones or the starred ones. */
export interface AnswerFilter {
  q: string;
  theme: 'all' | 'unsorted' | 'new' | 'starred' | (string & {});
  page: number;
}

export interface ThemeSample {
  response_id: string;
  text: string;
  is_starred: boolean;
}

export interface QuestionTheme {
  id: string;
  label: string;
  words: string[];
  is_label_edited: boolean;
  count: number;
  samples: ThemeSample[];
  version: number;
}

/** Where a set of themes of any kind stands: being found, found, failed; edited by the team since. */
export interface ThemeSetState {
  status: 'none' | 'running' | 'done' | 'failed';
  error: string | null;
  started_at: string | null;
  found_at: string | null;
  edited_at: string | null;
  version: number;
}

export interface QuestionThemes extends ThemeSetState {
  survey_id: string;
  question: { key: string; text: LocalizedText };
  languages: string[];
  answers: number;
  unsorted: number;
  new_answers: number;
  starred: number;
  themes: QuestionTheme[];
}

export interface QuestionAnswer {
  response_id: string;
  text: string;
  locale: string;
  submitted_at: string;
  theme_id: string | null;
  is_new: boolean;
  is_starred: boolean;
  highlights: [number, number][];
}

export interface QuestionAnswers {
  answers: QuestionAnswer[];
  total: number;
  page: number;
  per_page: number;
}

/** Where the answers page of a text question lives in the web app. */
export const answersPagePath = (organizationId: string, surveyId: string, questionKey: string) =>
  `/o/${organizationId}/engagement/surveys/${surveyId}/answers/${encodeURIComponent(questionKey)}`;
