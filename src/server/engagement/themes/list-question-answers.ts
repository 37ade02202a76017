import { searchAnswers } from '../../../core/engagement/themes/search-answers.js';
import { loadTextQuestion, type ThemeScope } from './theme-scope.js';
import { themesRepo, type AnswerRow } from './themes.repo.js';

export interface AnswerFilter {
  /** Words to find, whatever their case, accents or plural. */
  q: string | null;
  /** A theme's id, 'unsorted' (in no theme) or 'new' (arrived after the themes were found). */
  theme: string | null;
  starred: boolean | null;
  page: number;
  perPage: number;
}

export interface ListedAnswer {
  answer: AnswerRow;
  highlights: [number, number][];
}

/**
 * A page of a text question's answers, each with its theme and star: searched (best matches
 * first, with the places of the words found), or in a theme's order (nearest its centre first),
 * or as they came in.
 */
export async function listQuestionAnswers(scope: ThemeScope & { filter: AnswerFilter }) {
  const { filter } = scope;
  await loadTextQuestion(scope);
  const all = await themesRepo.listItems(scope.db, scope);
  const chosen = all.filter((answer) => matchesTheme(answer, filter.theme) && (filter.starred === null || answer.is_starred === filter.starred));
  if (filter.theme && filter.theme !== 'new' && filter.theme !== 'unsorted') chosen.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || Number(a.seq) - Number(b.seq));
  let listed: ListedAnswer[] = chosen.map((answer) => ({ answer, highlights: [] }));
  if (filter.q) {
    const byId = new Map(chosen.map((answer) => [answer.id, answer]));
    listed = searchAnswers(chosen.map((answer) => ({ id: answer.id, text: answer.text })), filter.q).map((hit) => ({ answer: byId.get(hit.id)!, highlights: hit.highlights }));
  }
  const start = (filter.page - 1) * filter.perPage;
  return { answers: listed.slice(start, start + filter.perPage), total: listed.length, page: filter.page, perPage: filter.perPage };
}

function matchesTheme(answer: AnswerRow, theme: string | null): boolean {
  if (theme === null) return true;
  if (theme === 'new') return !answer.is_placed;
  if (theme === 'unsorted') return answer.is_placed && answer.theme_id === null;
  return answer.theme_id === theme;
}
