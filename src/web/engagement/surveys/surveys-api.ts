import { withQuery } from '../../app/api';
import { textIn } from '../../../core/engagement/likert-scales';
import type { ShownText } from '../api-types';

/** The addresses of the survey API (src/server/engagement/surveys), in one place. */
export const surveysApi = {
  list: (districtId: string) => `/api/districts/${districtId}/surveys`,
  starters: (districtId: string) => `/api/districts/${districtId}/survey-starters`,
  fromStarter: (districtId: string) => `/api/districts/${districtId}/surveys/from-starter`,
  settings: (districtId: string) => `/api/districts/${districtId}/engagement-settings`,
  survey: (surveyId: string) => `/api/surveys/${surveyId}`,
  surveySettings: (surveyId: string) => `/api/surveys/${surveyId}/settings`,
  open: (surveyId: string) => `/api/surveys/${surveyId}/open`,
  close: (surveyId: string) => `/api/surveys/${surveyId}/close`,
  export: (surveyId: string) => `/api/surveys/${surveyId}/export`,
  results: (surveyId: string, by: string | null) => withQuery(`/api/surveys/${surveyId}/results`, { by }),
  download: (surveyId: string, file: 'responses.csv' | 'responses.xlsx' | 'results.csv' | 'results.xlsx' | 'flyer.pdf', by?: string | null) =>
    withQuery(`/api/surveys/${surveyId}/${file}`, { by }),
  paperResponses: (surveyId: string) => `/api/surveys/${surveyId}/paper-responses`,
  preview: (surveyId: string, language: string) => withQuery(`/api/surveys/${surveyId}/preview`, { lang: language }),
  kioskLink: (surveyId: string) => `/api/surveys/${surveyId}/kiosk-link`,
  cycles: (districtId: string) => `/api/districts/${districtId}/cycles`,
  cycle: (cycleId: string) => `/api/cycles/${cycleId}`,
  engagementPlan: (cycleId: string) => `/api/cycles/${cycleId}/engagement`,
};

/** Where the engagement screens live in the web app. */
export const engagementPath = (organizationId: string) => `/o/${organizationId}/engagement`;
export const surveyPath = (organizationId: string, surveyId: string, section = '') =>
  `/o/${organizationId}/engagement/surveys/${surveyId}${section ? `/${section}` : ''}`;

/**
 * A text as the reader should see it: the reader's language when the survey has it, else the
 * survey's first language. The server may send a title already chosen for the reader (a string).
 */
export function shownText(text: ShownText | undefined, locale: string, languages: readonly string[] = []): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return textIn(text, locale, [...languages, 'en', ...Object.keys(text)]);
}
