import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findThemes } from './find-themes.js';
import { OTHER_THEME_KEY, type Answer, type Theme } from './themes-types.js';
import { contentKeys } from './tokenize.js';
import { parse } from 'csv-parse/sync';

/** Rows of a CSV file as strings (csv-parse: quoted fields, commas and line breaks inside them). */
const readCsv = (text: string): string[][] => parse(text, { relax_column_count: true, skip_empty_lines: true });

const csvPath = fileURLToPath(new URL('../../../../../shared/data/comments/fcps_lou_redistricting/lou_redistricting_comments.csv', import.meta.url));
const exists = existsSync(csvPath);
// Not a speed check (that is `npm run bench`): room for a busy machine, where one run can take seconds.
const SLOW_MACHINE_MS = 60_000;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

// The FCPS redistricting comments (level, row_index, live_in_school, option, comment): parents on
// draft boundary options A and B, so the question's own word "option" is left out as the server
// leaves out a question's words.
describe.skipIf(!exists)('themes of the 4,594 FCPS redistricting comments (needs ../shared/data next to the repository)', () => {
  let answers: Answer[] = [];
  let themes: Theme[] = [];
  let themeOf = new Map<string, Theme>();
  const mentioning = (pattern: RegExp) => answers.filter((answer) => pattern.test(answer.text));
  /** The share of the answers matching `pattern` that sit in themes whose label matches `label`. */
  const shareLabelled = (pattern: RegExp, label: RegExp) => {
    const hits = mentioning(pattern);
    return hits.filter((answer) => label.test(themeOf.get(answer.id)!.label)).length / hits.length;
  };

  beforeAll(() => {
    const [header, ...rows] = readCsv(readFileSync(csvPath, 'utf8'));
    expect(header).toEqual(['level', 'row_index', 'live_in_school', 'option', 'comment']);
    // row_index repeats across levels and options: the line of the file is the id.
    answers = rows.map((row, index) => ({ id: `line-${String(index + 2).padStart(5, '0')}`, text: row[4] ?? '' }));
    themes = findThemes(answers, { ignoreWords: ['option'] }).themes;
    themeOf = new Map(themes.flatMap((theme) => theme.answerIds.map((id) => [id, theme] as const)));
  }, SLOW_MACHINE_MS);

  it('reads every comment and puts each in exactly one theme', () => {
    expect(answers).toHaveLength(4594);
    const ids = themes.flatMap((theme) => theme.answerIds);
    expect(ids).toHaveLength(4594);
    expect(new Set(ids).size).toBe(4594);
  });

  it('finds between 4 and 12 themes besides Other, none holding more than 40% of the comments', () => {
    const found = themes.filter((theme) => theme.key !== OTHER_THEME_KEY);
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.length).toBeLessThanOrEqual(12);
    for (const theme of themes) expect(theme.answerIds.length, theme.label).toBeLessThanOrEqual(0.4 * 4594);
  });

  it('labels themes with words of the comments, never stems', () => {
    const vocabulary = new Set(answers.flatMap((answer) => words(answer.text)));
    for (const theme of themes) {
      const labelWords = words(theme.label);
      expect(labelWords.length, theme.key).toBeGreaterThan(0);
      expect(labelWords.length, theme.label).toBeLessThanOrEqual(4);
      for (const word of labelWords) expect(vocabulary.has(word), `"${word}" in "${theme.label}"`).toBe(true);
    }
  });

  it.each<[string, RegExp, RegExp, number]>([
    // what comments say -> the theme label a reader would look under -> share at least
    ['Lake Linganore', /lake\s+linganore/i, /linganore/, 0.75],
    ['no opinion', /\bopinion\b/i, /opinion/, 0.9],
    ['nothing (to like)', /^\s*nothing\b/i, /nothing/, 0.75],
    ['feeder patterns', /feeder\s+pattern/i, /feeder/, 0.6],
    ['makes sense', /makes?\s+(the\s+most\s+)?sense/i, /sense/, 0.6],
    ['high school', /high\s+school/i, /high school/, 0.55],
    ['walking', /\bwalk/i, /walk/, 0.5],
  ])('gathers the comments about %s under a theme that says so', (_, pattern, label, share) => {
    expect(mentioning(pattern).length).toBeGreaterThan(30);
    expect(shareLabelled(pattern, label)).toBeGreaterThanOrEqual(share);
  });

  it('gathers buses with walking and distance: the theme with most bus comments names bus among its words', () => {
    const busComments = mentioning(/\bbus(es|ses)?\b/i);
    const counts = new Map<Theme, number>();
    for (const answer of busComments) counts.set(themeOf.get(answer.id)!, (counts.get(themeOf.get(answer.id)!) ?? 0) + 1);
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(top.words).toContain('bus');
    expect(count / busComments.length).toBeGreaterThan(0.3);
  });

  it('quotes three comments of each theme but Other, each mentioning a word of its label', () => {
    for (const theme of themes.filter((t) => t.key !== OTHER_THEME_KEY)) {
      expect(theme.samples).toHaveLength(3);
      const labelWords = words(theme.label);
      const quoting = theme.samples.filter((sample) => labelWords.some((word) => words(sample).some((w) => w.startsWith(word.slice(0, 4)))));
      expect(quoting.length, `${theme.label}: ${theme.samples.join(' | ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts in Other only comments with no content word, or a single one nobody else used', () => {
    const other = themes.find((theme) => theme.key === OTHER_THEME_KEY)!;
    expect(other.answerIds.length).toBeGreaterThan(0);
    expect(other.answerIds.length).toBeLessThan(0.15 * 4594);
    const textOf = new Map(answers.map((answer) => [answer.id, answer.text]));
    for (const id of other.answerIds) expect(contentKeys(textOf.get(id)!).filter((key) => key !== 'option').length, textOf.get(id)).toBeLessThanOrEqual(1);
  });

  it('finds the same themes when the comments come in another order', () => {
    expect(findThemes([...answers].reverse(), { ignoreWords: ['option'] }).themes).toEqual(themes);
  }, SLOW_MACHINE_MS);
});
