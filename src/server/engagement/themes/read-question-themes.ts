import type { QuestionScope, AnswerRow, ThemeRow } from './themes.repo.js';
import { themesRepo } from './themes.repo.js';
import { loadTextQuestion, type ThemeScope } from './theme-scope.js';

/** A run that has said nothing for this long died with its process (a restart): it may start again. */
export const RUN_GIVES_UP_AFTER_MS = 10 * 60 * 1000;
const SAMPLE_COUNT = 3;

export type ThemesStatus = 'none' | 'running' | 'done' | 'failed';

export interface ThemeSummary {
  theme: ThemeRow;
  count: number;
  samples: AnswerRow[];
}

export interface QuestionThemes {
  scope: QuestionScope;
  question: Awaited<ReturnType<typeof loadTextQuestion>>;
  status: ThemesStatus;
  error: string | null;
  startedAt: Date | null;
  foundAt: Date | null;
  editedAt: Date | null;
  version: number;
  answerCount: number;
  unsortedCount: number;
  newCount: number;
  starredCount: number;
  themes: ThemeSummary[];
}

/**
 * A text question's themes as the team sees them: where finding them stands, each theme with how
 * many answers it holds and up to three quotes (starred ones first, then those nearest its
 * centre), and how many answers are not sorted or arrived since. No counts by group here: themes
 * are the planning team's reading aid, not results, and never leave through the results' rule.
 */
export async function readQuestionThemes(scope: ThemeScope, now = new Date()): Promise<QuestionThemes> {
  const question = await loadTextQuestion(scope);
  const [set, themes, answers] = await Promise.all([themesRepo.findSet(scope.db, scope), themesRepo.listThemes(scope.db, scope), themesRepo.listAnswers(scope.db, scope)]);
  const inTheme = new Map<string, AnswerRow[]>(themes.map((theme) => [theme.id, []]));
  for (const answer of answers) if (answer.theme_id) inTheme.get(answer.theme_id)?.push(answer);
  const interrupted = set?.status === 'running' && now.getTime() - new Date(set.started_at).getTime() > RUN_GIVES_UP_AFTER_MS;
  return {
    scope: { organizationId: scope.organizationId, surveyId: scope.surveyId, questionKey: scope.questionKey },
    question,
    status: !set ? 'none' : interrupted ? 'failed' : set.status,
    error: interrupted ? 'interrupted' : (set?.error ?? null),
    startedAt: set ? new Date(set.started_at) : null,
    foundAt: set?.found_at ? new Date(set.found_at) : null,
    editedAt: set?.edited_at ? new Date(set.edited_at) : null,
    version: set?.version ?? 0,
    answerCount: answers.length,
    unsortedCount: answers.filter((answer) => answer.is_placed && !answer.theme_id).length,
    newCount: answers.filter((answer) => !answer.is_placed).length,
    starredCount: answers.filter((answer) => answer.is_starred).length,
    themes: themes.map((theme) => {
      const members = inTheme.get(theme.id) ?? [];
      return { theme, count: members.length, samples: [...members].sort(bySampleOrder).slice(0, SAMPLE_COUNT) };
    }),
  };
}

/** Starred quotes first, then the answers nearest the theme's centre. */
export function bySampleOrder(a: AnswerRow, b: AnswerRow): number {
  return Number(b.is_starred) - Number(a.is_starred) || (a.rank ?? 0) - (b.rank ?? 0) || Number(a.seq) - Number(b.seq);
}
