import { clusterAnswers } from './cluster-answers.js';
import { describeTheme } from './describe-theme.js';
import { OTHER_THEME_KEY, OTHER_THEME_LABEL, type Answer, type Theme, type Themes } from './themes-types.js';
import { contentKeys, tokenize } from './tokenize.js';
import { vectorize, type Vectors } from './vectorize.js';

/**
 * Finds the themes of a question's open-text answers (English, Spanish or both): tokenize, TF-IDF
 * over words and two-word terms, bisecting spherical k-means with a fixed seed, then a label, the
 * distinctive words and three quotes per theme. The same answers give the same themes whatever
 * their order (they are sorted by id first). Largest theme first; "Other" last.
 */
export function findThemes(answers: readonly Answer[], options: FindThemesOptions = {}): Themes {
  const sorted = sortById(answers);
  const ignored = ignoredKeys(options.ignoreWords);
  const vectors = vectorize(sorted.map((answer) => tokenize(answer.text, ignored)));
  const withContent = indexesWithContent(vectors);
  const groups = clusterAnswers({ vectors: vectors.vectors, members: withContent, dimensions: vectors.terms.length, maxThemes: options.maxThemes });
  const themes = groups
    .map((members) => themeOf({ answers: sorted, vectors, members, background: withContent.length }))
    .sort((a, b) => b.answerIds.length - a.answerIds.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map((theme, index) => ({ ...theme, key: `theme-${index + 1}` }));
  const other = otherTheme(sorted, vectors);
  return { themes: other ? [...themes, other] : themes };
}

export interface FindThemesOptions {
  /** At most this many themes (besides "Other"); by default from the number of answers, up to 12. */
  maxThemes?: number;
  /**
   * Words to leave out, typically the question's own ("What do you like about option A?"): every
   * answer repeats them, so they only blur the themes and their labels.
   */
  ignoreWords?: readonly string[];
}

/** The keys of words given as text (any case, accents, plural), for `tokenize`. */
export function ignoredKeys(words: readonly string[] = []): Set<string> {
  return new Set(words.flatMap((text) => contentKeys(text)));
}

/** A theme of the given answers (indexes into `answers`), described against `background` answers with content. */
export function themeOf(options: { answers: readonly Answer[]; vectors: Vectors; members: readonly number[]; background: number }): Theme {
  const { answers, vectors, members, background } = options;
  const description = describeTheme({ vectors, members, background, texts: answers.map((answer) => answer.text) });
  return {
    key: '',
    label: description.label,
    words: description.words,
    answerIds: description.members.map((member) => answers[member]!.id),
    samples: description.samples.map((member) => answers[member]!.text.trim()),
    sampleIds: description.samples.map((member) => answers[member]!.id),
  };
}

/** Answers sorted by id (then text), so the input's order never changes the themes. */
export function sortById(answers: readonly Answer[]): Answer[] {
  return [...answers].sort((a, b) => compare(a.id, b.id) || compare(a.text, b.text));
}

export function indexesWithContent(vectors: Vectors): number[] {
  return vectors.vectors.flatMap((vector, index) => (vector.terms.length > 0 ? [index] : []));
}

function otherTheme(answers: readonly Answer[], vectors: Vectors): Theme | null {
  const empty = vectors.vectors.flatMap((vector, index) => (vector.terms.length === 0 ? [index] : []));
  if (empty.length === 0) return null;
  const samples = empty.filter((index) => answers[index]!.text.trim().length > 0).slice(0, 3);
  return {
    key: OTHER_THEME_KEY,
    label: OTHER_THEME_LABEL,
    words: [],
    answerIds: empty.map((index) => answers[index]!.id),
    samples: samples.map((index) => answers[index]!.text.trim()),
    sampleIds: samples.map((index) => answers[index]!.id),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
