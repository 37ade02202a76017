import { heading, paragraph, type PrintBlock, type PrintTable } from '../../plan/documents/printout-blocks.js';
import { textIn } from '../likert-scales.js';
import type { LocalizedText } from '../survey-format.js';
import type { Count, OptionCounts, QuestionResult, ResultGroup, SurveyResults } from '../survey-results-types.js';
import { ALL_GROUP, NO_ANSWER_GROUP, NO_GROUP, STAKEHOLDER_GROUP_BREAKDOWN } from '../tally-survey-results.js';
import { countAndShare, countText, formatNumber, isSuppressed, hiddenText, type CellWriter } from './summary-cells.js';

/** Where the results section sits and how it writes texts and numbers. */
export interface ResultsContext extends CellWriter {
  /** The reader's language first, then the survey's own languages. */
  text: (value: LocalizedText) => string;
  /** Heading level of the section; questions sit one below. */
  level: 1 | 2 | 3;
}

/**
 * Results by question: a table per question of every group's counts and shares of those who
 * answered, with "n answered" as the last row. Open questions are pointed to their themes.
 */
export function resultsBlocks(results: SurveyResults, context: ResultsContext): PrintBlock[] {
  const { words } = context;
  const blocks: PrintBlock[] = [heading(context.level, words.resultsByQuestion)];
  if (!isSuppressed(results.respondents) && results.respondents === 0) return [...blocks, paragraph(words.noResponses, 'muted')];
  const by = results.by === null ? undefined : results.questions.find((question) => question.key === results.by);
  if (by) blocks.push(paragraph(words.brokenDownBy(context.text(by.text))));
  if (results.by === STAKEHOLDER_GROUP_BREAKDOWN) blocks.push(paragraph(words.brokenDownByGroup));
  blocks.push(paragraph(words.percentNote, 'muted'));
  results.questions.forEach((question, index) => {
    blocks.push(heading((context.level + 1) as 2 | 3 | 4, `${index + 1}. ${context.text(question.text)}`), ...questionBlocks(question, results, context));
  });
  return blocks;
}

function questionBlocks(question: QuestionResult, results: SurveyResults, context: ResultsContext): PrintBlock[] {
  const { words } = context;
  const caption = words.resultsCaption(context.text(question.text));
  switch (question.type) {
    case 'single':
    case 'likert':
      return [optionsTable(caption, question.options ?? [], question.answered, results, context)];
    case 'multi':
      return [optionsTable(caption, question.options ?? [], question.answered, results, context), paragraph(words.chooseMany, 'muted')];
    case 'matrix':
      return (question.items ?? []).map((item) => optionsTable(`${caption}: ${context.text(item.label)}`, item.options, item.answered, results, context));
    case 'rank':
      return [rankTable(question, results, context)];
    case 'number':
      return [numberTable(question, results, context)];
    case 'text':
      return [{ kind: 'facts', items: [{ label: words.nAnswered, value: countText(question.answered.all, context) }] }, paragraph(words.openQuestionNote, 'muted')];
  }
}

/** The column headers and widths every group table shares: the row's name, then one column per group. */
function groupColumns(first: string, results: SurveyResults, context: ResultsContext): Pick<PrintTable, 'headers' | 'widths' | 'numeric'> {
  const groups = results.groups.map((group) => groupLabel(group, context));
  // The row names keep about a third of the width while there are few columns, a quarter when a breakdown has many.
  return { headers: [first, ...groups], widths: [groups.length > 3 ? 2 : 3, ...groups.map(() => 1)], numeric: groups.map((_, i) => i + 1) };
}

/** The screen's words for everyone, those who skipped the breakdown question and the responses of no group; an option's or group's own name for the rest. */
function groupLabel(group: ResultGroup, context: ResultsContext): string {
  if (group.key === ALL_GROUP) return context.words.everyone;
  if (group.key === NO_ANSWER_GROUP) return context.words.didNotSay;
  if (group.key === NO_GROUP) return context.words.noGroup;
  return context.text(group.label);
}

function optionsTable(caption: string, options: readonly OptionCounts[], answered: Record<string, Count>, results: SurveyResults, context: ResultsContext): PrintTable {
  const rows = options.map((option) => [[context.text(option.label)], ...results.groups.map((group) => countAndShare(option.counts[group.key], answered[group.key], context))]);
  rows.push([[context.words.nAnswered], ...results.groups.map((group) => [countText(answered[group.key], context)])]);
  return { kind: 'table', caption, ...groupColumns(context.words.option, results, context), rows, hasTotalRow: true };
}

function rankTable(question: QuestionResult, results: SurveyResults, context: ResultsContext): PrintTable {
  const { words } = context;
  const rows = (question.ranking ?? []).map((option) => [
    [context.text(option.label)],
    ...results.groups.map((group) => {
      const mean = option.mean_rank[group.key];
      const first = option.first[group.key];
      if (mean === undefined) return [words.notCounted];
      if (isSuppressed(mean)) return [hiddenText(mean, context)];
      return [words.meanRank(formatNumber(mean, words, 1)), words.firstCount(countText(first, context))];
    }),
  ]);
  rows.push([[words.nAnswered], ...results.groups.map((group) => [countText(question.answered[group.key], context)])]);
  return { kind: 'table', caption: words.rankCaption(context.text(question.text)), ...groupColumns(words.option, results, context), rows, hasTotalRow: true };
}

function numberTable(question: QuestionResult, results: SurveyResults, context: ResultsContext): PrintTable {
  const { words } = context;
  const statistics = ['n', 'mean', 'median', 'min', 'max'] as const;
  const rows = statistics.map((statistic) => [
    [words.numberRows[statistic]],
    ...results.groups.map((group) => {
      const summary = question.summary?.[group.key];
      if (summary === undefined) return [statistic === 'n' ? countText(question.answered[group.key], context) : words.notCounted];
      if (isSuppressed(summary)) return [hiddenText(summary, context)];
      return [formatNumber(summary[statistic], words, statistic === 'n' ? 0 : 1)];
    }),
  ]);
  return { kind: 'table', caption: words.numberCaption(context.text(question.text)), ...groupColumns(words.statistic, results, context), rows };
}
