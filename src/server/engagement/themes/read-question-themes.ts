import { readThemes, type ThemesNow } from './read-themes.js';
import { surveyThemes, type TextQuestion, type ThemeScope } from './theme-scope.js';
import type { ThemeRow } from './theme-store.js';
import type { AnswerRow, QuestionScope } from './themes.repo.js';

const SAMPLE_COUNT = 3;

export interface ThemeSummary {
  theme: ThemeRow;
  count: number;
  samples: AnswerRow[];
}

/** Where finding the themes stands (read-themes.ts), then the question, its counts and each theme's samples. */
export type QuestionThemes = Omit<ThemesNow<QuestionScope, AnswerRow, TextQuestion>, 'subject' | 'items' | 'themes'> & {
  question: TextQuestion;
  answerCount: number;
  unsortedCount: number;
  newCount: number;
  starredCount: number;
  themes: ThemeSummary[];
};

/**
 * A text question's themes as the team sees them (read-themes.ts): each theme with how many
 * answers it holds and up to three quotes (starred ones first, then those nearest its centre), and
 * how many answers are not sorted or arrived since. The survey's screens, summary and citations
 * all read them so.
 */
export async function readQuestionThemes(scope: ThemeScope, now = new Date()): Promise<QuestionThemes> {
  const { db, organizationId, surveyId, questionKey } = scope;
  const { subject, items: answers, themes, ...set } = await readThemes({ kind: surveyThemes, db, scope: { organizationId, surveyId, questionKey } }, now);
  return {
    ...set,
    question: subject,
    answerCount: answers.length,
    unsortedCount: answers.filter((answer) => answer.is_placed && !answer.theme_id).length,
    newCount: answers.filter((answer) => !answer.is_placed).length,
    starredCount: answers.filter((answer) => answer.is_starred).length,
    themes: themes.map(({ theme, items }) => ({ theme, count: items.length, samples: [...items].sort(bySampleOrder).slice(0, SAMPLE_COUNT) })),
  };
}

/** Starred quotes first, then the answers nearest the theme's centre. */
export function bySampleOrder(a: AnswerRow, b: AnswerRow): number {
  return Number(b.is_starred) - Number(a.is_starred) || (a.rank ?? 0) - (b.rank ?? 0) || Number(a.seq) - Number(b.seq);
}
