import { SEED, splitInTwo } from './cluster-answers.js';
import { describeTheme } from './describe-theme.js';
import { ignoredKeys, indexesWithContent, sortById, themeOf } from './find-themes.js';
import { seededRandom } from './seeded-random.js';
import type { Answer, Theme } from './themes-types.js';
import { tokenize } from './tokenize.js';
import { vectorize } from './vectorize.js';

/**
 * What the team's edits need from the theme finder: a theme cut in two, and a label suggested
 * for any set of answers (after a merge, a move, or a split).
 */

export interface EditOptions {
  /** Words to leave out, as for `findThemes` (the question's own words). */
  ignoreWords?: readonly string[];
}

/**
 * Cuts one theme's answers into the two groups that differ most (2-means, seeded, best of a few
 * tries), each labelled against the other: "bus stop" and "bus ride" rather than "bus" twice.
 * Answers with no words to group by go with the larger part. The parts' keys are "part-1" (the
 * larger) and "part-2"; the caller gives them their own. Null when the answers cannot be told
 * apart (fewer than two distinct answers with words).
 */
export function splitTheme(answers: readonly Answer[], options: EditOptions = {}): [Theme, Theme] | null {
  const sorted = sortById(answers);
  const ignored = ignoredKeys(options.ignoreWords);
  const vectors = vectorize(sorted.map((answer) => tokenize(answer.text, ignored)));
  const withContent = indexesWithContent(vectors);
  const halves = splitInTwo(vectors.vectors, withContent, vectors.terms.length, seededRandom(SEED));
  if (!halves) return null;
  const [larger, smaller] = halves[0].length >= halves[1].length ? halves : [halves[1], halves[0]];
  const withoutContent = sorted.flatMap((_, index) => (vectors.vectors[index]!.terms.length === 0 ? [index] : []));
  const background = withContent.length;
  const first = themeOf({ answers: sorted, vectors, members: larger, background });
  const second = themeOf({ answers: sorted, vectors, members: smaller, background });
  return [
    { ...first, key: 'part-1', answerIds: [...first.answerIds, ...withoutContent.map((index) => sorted[index]!.id)] },
    { ...second, key: 'part-2' },
  ];
}

/**
 * A label and distinctive words for a set of answers. With `among` (all the question's answers),
 * the words are those that set this group apart; without it, the group's commonest words.
 * An empty label when the answers have no words to go by.
 */
export function labelFor(answers: readonly Answer[], options: EditOptions & { among?: readonly Answer[] } = {}): { label: string; words: string[] } {
  const ids = new Set(answers.map((answer) => answer.id));
  // The group's answers plus the rest of the question's, each once (the group's own text wins).
  const everything = sortById([...answers, ...(options.among ?? []).filter((answer) => !ids.has(answer.id))]);
  const ignored = ignoredKeys(options.ignoreWords);
  const vectors = vectorize(everything.map((answer) => tokenize(answer.text, ignored)));
  const withContent = indexesWithContent(vectors);
  const members = withContent.filter((index) => ids.has(everything[index]!.id));
  if (members.length === 0) return { label: '', words: [] };
  const { label, words } = describeTheme({ vectors, members, background: withContent.length, texts: everything.map((answer) => answer.text) });
  return { label, words };
}
