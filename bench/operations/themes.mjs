import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Rows of a CSV file as strings (csv-parse: quoted fields, commas and line breaks inside them). */
const readCsv = (text) => parse(text, { relax_column_count: true, skip_empty_lines: true });

const COMMENTS = ['..', 'shared', 'data', 'comments', 'fcps_lou_redistricting', 'lou_redistricting_comments.csv'];

/** Where the 4,594 FCPS comments are, or null when ../shared is not next to the repository. */
export function commentsFile(root) {
  const file = path.resolve(root, ...COMMENTS);
  return existsSync(file) ? file : null;
}

/**
 * Themes of the 4,594 real redistricting comments (the issue: under 5 s), in this process, from
 * the built core (dist/core). The baseline is a plain word count over the same comments (lower
 * case, split into words, tallied in a Map): the least any pass over the text costs, so the ratio
 * says how many word counts finding the themes is worth.
 * @type {import('./index.mjs').Operation}
 */
export default {
  name: 'themes of 4,594 comments',
  description: 'findThemes over the FCPS redistricting comments (core, in process); baseline: a plain word count of the same comments',
  budgetMs: 5000,
  async prepare({ root }) {
    const file = commentsFile(root);
    if (!file) throw new Error(`needs ${path.join(...COMMENTS)} next to the repository`);
    const { findThemes } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'engagement', 'themes', 'index.js')).href);
    const [, ...rows] = readCsv(readFileSync(file, 'utf8'));
    const answers = rows.map((row, index) => ({ id: `line-${String(index + 2).padStart(5, '0')}`, text: row[4] ?? '' }));
    if (answers.length !== 4594) throw new Error(`expected 4,594 comments, read ${answers.length}`);
    return {
      run: () => {
        const { themes } = findThemes(answers, { ignoreWords: ['option'] });
        if (themes.reduce((sum, theme) => sum + theme.answerIds.length, 0) !== answers.length) throw new Error('themes lost comments');
      },
      baseline: () => {
        const counts = new Map();
        for (const { text } of answers) for (const word of text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
        if (counts.size === 0) throw new Error('no words counted');
      },
    };
  },
};

