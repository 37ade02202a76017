import type { Count, SurveyResults } from '../../../core/engagement/survey-results-types.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import type { LocalizedText } from '../../../core/engagement/survey-format.js';
import type { Cell } from './survey-spreadsheets.js';

/** What a suppressed cell reads as in a file: the count is not there to be worked out. */
export const HIDDEN = 'hidden';

/**
 * Results as rows for a spreadsheet, with the same protection as on screen: one row per option
 * (per item for a matrix, per statistic for numbers and rankings), and for each group of the
 * breakdown its count and percentage of those in the group who answered. A suppressed cell, and
 * any percentage that would need one, reads "hidden".
 */
export function resultsRows(results: SurveyResults, options: { language: string; fallbacks: readonly string[] }) {
  const label = (text: LocalizedText) => textIn(text, options.language, options.fallbacks);
  const groups = results.groups;
  const header = ['question', 'question_text', 'item', 'row', ...groups.flatMap((group) => [`${label(group.label)} n`, `${label(group.label)} %`])];
  const count = (value: Count | undefined): Cell => (value === undefined ? null : typeof value === 'number' ? value : HIDDEN);
  const percent = (part: Count | undefined, whole: Count | undefined): Cell => {
    if (part === undefined || whole === undefined) return null;
    if (typeof part !== 'number' || typeof whole !== 'number') return HIDDEN;
    return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
  };
  const rows: Cell[][] = [];
  for (const question of results.questions) {
    const push = (item: string, row: string, cells: Cell[]) => rows.push([question.key, label(question.text), item, row, ...cells]);
    push('', 'answered', groups.flatMap((group) => [count(question.answered[group.key]), null]));
    for (const option of question.options ?? []) {
      push('', label(option.label), groups.flatMap((group) => [count(option.counts[group.key]), percent(option.counts[group.key], question.answered[group.key])]));
    }
    for (const item of question.items ?? []) {
      push(label(item.label), 'answered', groups.flatMap((group) => [count(item.answered[group.key]), null]));
      for (const option of item.options) push(label(item.label), label(option.label), groups.flatMap((group) => [count(option.counts[group.key]), percent(option.counts[group.key], item.answered[group.key])]));
    }
    for (const ranked of question.ranking ?? []) {
      push(label(ranked.label), 'ranked first', groups.flatMap((group) => [count(ranked.first[group.key]), percent(ranked.first[group.key], question.answered[group.key])]));
      push(label(ranked.label), 'mean rank', groups.flatMap((group) => {
        const mean = ranked.mean_rank[group.key];
        return [mean === undefined ? null : typeof mean === 'number' ? Math.round(mean * 100) / 100 : HIDDEN, null];
      }));
    }
    if (question.summary) {
      for (const statistic of ['n', 'mean', 'median', 'min', 'max'] as const) {
        push('', statistic, groups.flatMap((group) => {
          const summary = question.summary![group.key];
          return [summary === undefined ? null : 'suppressed' in summary ? HIDDEN : Math.round(summary[statistic] * 100) / 100, null];
        }));
      }
    }
  }
  return { header, rows };
}
