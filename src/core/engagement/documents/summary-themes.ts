import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import type { SurveyDocument, LocalizedText } from '../survey-format.js';
import type { SurveyResults } from '../survey-results-types.js';
import { countText, formatNumber, formatPercent, type CellWriter } from './summary-cells.js';
import type { SummaryQuestionThemes } from './summary-input.js';

/**
 * The themes of each open question: how many answers each holds and up to three quotes, starred
 * ones first (the order the themes' read gives them). A question whose themes are not found yet
 * says so rather than printing nothing.
 */
export function themesBlocks(
  document: SurveyDocument,
  results: SurveyResults,
  themes: readonly SummaryQuestionThemes[],
  context: CellWriter & { level: 1 | 2; text: (value: LocalizedText) => string },
): PrintBlock[] {
  const { words } = context;
  const blocks: PrintBlock[] = [heading(context.level, words.themesOfOpenAnswers)];
  const open = document.questions.filter((question) => question.type === 'text');
  if (!open.length) return [...blocks, paragraph(words.noOpenQuestions, 'muted')];
  for (const question of open) {
    const text = context.text(question.text);
    const answered = results.questions.find((result) => result.key === question.key)?.answered.all;
    blocks.push(heading((context.level + 1) as 2 | 3, text), { kind: 'facts', items: [{ label: words.nAnswered, value: countText(answered, context) }] });
    const found = themes.find((entry) => entry.questionKey === question.key);
    if (!found || found.status === 'none') {
      blocks.push(paragraph(words.themesNotFound, 'muted'));
      continue;
    }
    if (found.status === 'running' || found.status === 'failed') {
      blocks.push(paragraph(found.status === 'running' ? words.themesRunning : words.themesFailed, 'muted'));
      continue;
    }
    if (!found.themes.length) {
      blocks.push(paragraph(words.themesNotFound, 'muted'));
      continue;
    }
    blocks.push({
      kind: 'table',
      caption: words.themesCaption(text),
      headers: words.themeColumns,
      rows: found.themes.map((theme) => [[theme.label], [formatNumber(theme.count, words)], [found.answers > 0 ? formatPercent((100 * theme.count) / found.answers, words) : words.notCounted]]),
      widths: [6, 1.5, 1.5],
      numeric: [1, 2],
    });
    if (found.unsorted) blocks.push(paragraph(words.unsorted(found.unsorted), 'muted'));
    if (found.newAnswers) blocks.push(paragraph(words.newAnswers(found.newAnswers), 'muted'));
    for (const theme of found.themes) {
      blocks.push(heading((context.level + 2) as 3 | 4, words.answersInTheme(theme.label, theme.count)));
      const quotes = distinctQuotes(theme.quotes).slice(0, 3);
      blocks.push(quotes.length ? { kind: 'list', items: quotes.map((quote) => ({ text: words.quote(quote) })) } : paragraph(words.noQuotes, 'muted'));
    }
  }
  return blocks;
}

/** Quotes in the order given, each once: many people write the same words ("After-school tutoring."). */
export function distinctQuotes(quotes: readonly string[]): string[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = quote.trim().toLocaleLowerCase().replace(/[\s.!?]+$/u, '');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
