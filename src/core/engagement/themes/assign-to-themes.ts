import { ignoredKeys, sortById } from './find-themes.js';
import { centreOf, nearestCentre } from './spherical-kmeans.js';
import type { Answer } from './themes-types.js';
import { tokenize } from './tokenize.js';
import { vectorize } from './vectorize.js';

/** A theme as it stands now (after the team's edits): its id and the answers in it. */
export interface ThemeMembers {
  id: string;
  answers: readonly Answer[];
}

/** Where one new answer goes: the nearest theme, or null when it shares no words with any. */
export interface Placement {
  answerId: string;
  themeId: string | null;
  /** The cosine to the theme's centre (0 when not placed): nearer answers are quoted first. */
  similarity: number;
}

/**
 * Puts answers that arrived after the themes were found into the nearest theme, without finding
 * themes again (which would undo the team's renames, merges and moves). Each theme's centre is
 * taken from the answers in it now, in one vocabulary with the new answers, so a theme the team
 * filled by hand attracts answers like the ones they put there. An answer that shares no word with
 * any theme is left unsorted rather than forced into the least bad one. Deterministic: the input's
 * order does not matter; ties go to the theme listed first.
 */
export function assignToThemes(options: { themes: readonly ThemeMembers[]; newAnswers: readonly Answer[]; ignoreWords?: readonly string[] }): Placement[] {
  const { themes, newAnswers } = options;
  const themeOfAnswer = new Map<string, number>();
  themes.forEach((theme, index) => theme.answers.forEach((answer) => themeOfAnswer.set(answer.id, index)));
  const newIds = new Set(newAnswers.map((answer) => answer.id));
  const everything = sortById(uniqueById([...themes.flatMap((theme) => theme.answers), ...newAnswers]));
  const ignored = ignoredKeys(options.ignoreWords);
  const vectors = vectorize(everything.map((answer) => tokenize(answer.text, ignored)));
  const dimensions = vectors.terms.length;
  const membersOf: number[][] = themes.map(() => []);
  everything.forEach((answer, index) => {
    const theme = themeOfAnswer.get(answer.id);
    if (theme !== undefined && !newIds.has(answer.id)) membersOf[theme]!.push(index);
  });
  const centres = membersOf.map((members) => centreOf(vectors.vectors, members, dimensions));
  const placements: Placement[] = [];
  everything.forEach((answer, index) => {
    if (!newIds.has(answer.id)) return;
    const vector = vectors.vectors[index]!;
    if (centres.length === 0 || vector.terms.length === 0) return placements.push({ answerId: answer.id, themeId: null, similarity: 0 });
    const [nearest, similarity] = nearestCentre(vector, centres);
    placements.push(similarity > 0 ? { answerId: answer.id, themeId: themes[nearest]!.id, similarity } : { answerId: answer.id, themeId: null, similarity: 0 });
  });
  return placements;
}

/** The first answer of each id: an answer moved and also listed as new is counted once, as new. */
function uniqueById(answers: readonly Answer[]): Answer[] {
  const seen = new Set<string>();
  return answers.filter((answer) => !seen.has(answer.id) && seen.add(answer.id));
}
