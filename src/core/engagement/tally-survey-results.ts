import { choicesOf } from './likert-scales.js';
import { summarizeNumbers } from './number-summary.js';
import { countOrSuppressed, protectPeopleRow, type ProtectedRow, type SuppressionReason } from './protect-counts.js';
import type { ResponseTable } from './response-table.js';
import { tallyColumn, type ColumnTally } from './tally-columns.js';
import type { LocalizedText, SurveyDocument, SurveyQuestion } from './survey-format.js';
import type { Count, NumberSummary, OptionCounts, QuestionResult, RankedOption, ResultGroup, Suppressed, SurveyResults } from './survey-results-types.js';

export const ALL_GROUP = 'all';
export const NO_ANSWER_GROUP = 'no_answer';
const allLabel: LocalizedText = { en: 'All respondents', es: 'Todas las personas' };
const noAnswerLabel: LocalizedText = { en: 'No answer', es: 'Sin respuesta' };

/** The questions results may be broken down by: single choice and Likert, demographic ones first. */
export function breakdownQuestions(document: SurveyDocument): SurveyQuestion[] {
  const candidates = document.questions.filter((question) => question.type === 'single' || question.type === 'likert');
  return [...candidates.filter((question) => question.demographic), ...candidates.filter((question) => !question.demographic)];
}

/**
 * Every question's counts, for everyone and (with `by`) for each answer to one single-choice or
 * Likert question plus those who skipped it, protected by protectPeopleRow: no cell leaves with
 * fewer than `threshold` people behind it, nor one from which such a cell could be worked out.
 * The caller checks `by` against breakdownQuestions first.
 */
export function tallySurveyResults(options: { surveyId: string; document: SurveyDocument; table: ResponseTable; by: string | null; threshold: number }): SurveyResults {
  const { document, table, by, threshold } = options;
  const size = table.size;
  const byColumn = by === null ? null : table.column(by);
  if (byColumn !== null && byColumn?.kind !== 'choice') throw new Error(`cannot break results down by "${by}"`);
  const byChoices = byColumn ? choicesOf(byColumn.question) : [];
  const groupCount = byColumn ? byChoices.length + 1 : 1;
  const groupOf = new Uint8Array(size);
  if (byColumn) for (let row = 0; row < size; row++) groupOf[row] = byColumn.codes[row]! === 0 ? groupCount - 1 : byColumn.codes[row]! - 1;

  const respondents = new Int32Array(groupCount);
  for (let row = 0; row < size; row++) respondents[groupOf[row]!]!++;
  const groupKeys = byColumn ? [...byChoices.map((choice) => choice.key), NO_ANSWER_GROUP] : [];
  const groupRow = protectPeopleRow({ people: byColumn ? [...respondents] : [], total: size, threshold });
  const cellsOf = (values: ArrayLike<number>, row: ProtectedRow, offset = 0): Record<string, Count> => {
    const cells: Record<string, Count> = {};
    let all = 0;
    for (let group = 0; group < groupCount; group++) all += values[offset + group]!;
    cells[ALL_GROUP] = countOrSuppressed(all, row.total);
    groupKeys.forEach((key, group) => (cells[key] = countOrSuppressed(values[offset + group]!, row.groups[group]!)));
    return cells;
  };

  const groups: ResultGroup[] = [
    { key: ALL_GROUP, label: allLabel, respondents: countOrSuppressed(size, groupRow.total) },
    ...groupKeys.map((key, group) => ({ key, label: byChoices[group]?.text ?? noAnswerLabel, respondents: countOrSuppressed(respondents[group]!, groupRow.groups[group]!) })),
  ];
  const context: Context = { groupKeys, groupCount, threshold, cellsOf };
  const questions = document.questions.map((question) => {
    const column = table.column(question.key)!;
    const tally = tallyColumn(column, size, groupOf, groupCount);
    if (question.key === by) return withGroupSizesHidden(questionResult(question, tally, groupRow, context), groupRow, groupKeys);
    return questionResult(question, tally, rowUnder(groupRow, tally.answered, threshold), context);
  });
  return { survey_id: options.surveyId, respondents: groups[0]!.respondents, threshold, by: byColumn ? by : null, groups, questions };
}

interface Context {
  groupKeys: string[];
  groupCount: number;
  threshold: number;
  cellsOf: (values: ArrayLike<number>, row: ProtectedRow, offset?: number) => Record<string, Count>;
}

/** A row of people below another: everything hidden with a hidden total, else protected afresh. */
function rowUnder(parent: ProtectedRow, people: ArrayLike<number>, threshold: number): ProtectedRow {
  if (parent.total) return { total: parent.total, groups: Array.from(people, (_, group) => parent.groups[group] ?? parent.total) };
  const list = Array.from(people);
  // Without a breakdown the one group is the total itself.
  const groups = parent.groups.length ? list : [];
  return protectPeopleRow({ people: groups, total: list.reduce((sum, n) => sum + n, 0), threshold, hidden: parent.groups });
}

function questionResult(question: SurveyQuestion, tally: ColumnTally, row: ProtectedRow, context: Context): QuestionResult {
  const { cellsOf, groupCount } = context;
  const result: QuestionResult = { key: question.key, type: question.type, text: question.text, answered: cellsOf(tally.answered, row) };
  const choices = choicesOf(question);
  const optionRows = (counts: Int32Array, protectedRow: ProtectedRow): OptionCounts[] =>
    choices.map((choice, index) => ({ key: choice.key, label: choice.text, counts: cellsOf(counts, protectedRow, index * groupCount) }));
  if (tally.counts) result.options = optionRows(tally.counts, row);
  if (tally.items) {
    result.items = (question.items ?? []).map((item, index) => {
      const itemTally = tally.items![index]!;
      const itemRow = rowUnder(row, itemTally.answered, context.threshold);
      return { key: item.key, label: item.text, answered: cellsOf(itemTally.answered, itemRow), options: optionRows(itemTally.counts, itemRow) };
    });
  }
  if (tally.first) result.ranking = ranking(choices, tally, row, context);
  if (tally.values) result.summary = summaries(tally.values, row, context);
  return result;
}

function ranking(choices: { key: string; text: LocalizedText }[], tally: ColumnTally, row: ProtectedRow, context: Context): RankedOption[] {
  const { groupCount, groupKeys, threshold } = context;
  return choices.map((choice, index) => {
    const offset = index * groupCount;
    // A mean is shown only over `threshold` people or more who ranked the option, in a shown group.
    const meanOf = (ranked: number, sum: number, hidden: SuppressionReason | null): number | Suppressed =>
      hidden ? { suppressed: true, reason: hidden } : ranked < threshold ? { suppressed: true, reason: 'small_group' } : round(sum / ranked, 2);
    let allRanked = 0;
    let allSum = 0;
    for (let group = 0; group < groupCount; group++) (allRanked += tally.ranked![offset + group]!), (allSum += tally.rankSum![offset + group]!);
    const meanRank: Record<string, number | Suppressed> = { [ALL_GROUP]: meanOf(allRanked, allSum, row.total) };
    groupKeys.forEach((key, group) => (meanRank[key] = meanOf(tally.ranked![offset + group]!, tally.rankSum![offset + group]!, row.groups[group]!)));
    return { key: choice.key, label: choice.text, mean_rank: meanRank, first: context.cellsOf(tally.first!, row, offset) };
  });
}

function summaries(values: Float64Array[], row: ProtectedRow, context: Context): Record<string, NumberSummary | Suppressed> {
  const summaryOf = (list: Float64Array, hidden: SuppressionReason | null): NumberSummary | Suppressed => {
    if (hidden) return { suppressed: true, reason: hidden };
    // An empty group has no summary to give; fewer than `threshold` answers in a shown group cannot happen.
    const summary = list.length < context.threshold ? null : summarizeNumbers(list);
    return summary ? { ...summary, mean: round(summary.mean, 4) } : { suppressed: true, reason: 'small_group' };
  };
  const all = new Float64Array(values.reduce((sum, list) => sum + list.length, 0));
  values.reduce((offset, list) => (all.set(list, offset), offset + list.length), 0);
  const result: Record<string, NumberSummary | Suppressed> = { [ALL_GROUP]: summaryOf(all, row.total) };
  context.groupKeys.forEach((key, group) => (result[key] = summaryOf(values[group]!, row.groups[group]!)));
  return result;
}

/**
 * The question results are broken down by holds nothing but the groups' sizes: each group's
 * column has its respondents in its own option and nobody elsewhere. So its cells are hidden
 * exactly as the groups are (not protected afresh, which would hide a shown group's size for
 * nothing), and in its "all" column a hidden group's size is hidden too, as is "answered" when
 * the group of those who skipped it is hidden (it is everyone less them).
 */
function withGroupSizesHidden(result: QuestionResult, groupRow: ProtectedRow, groupKeys: string[]): QuestionResult {
  const hide = (cells: Record<string, Count>, reason: SuppressionReason | null) => (reason && typeof cells[ALL_GROUP] === 'number' ? { ...cells, [ALL_GROUP]: { suppressed: true, reason: 'complement' } as Suppressed } : cells);
  return {
    ...result,
    answered: hide(result.answered, groupRow.groups[groupKeys.length - 1]!),
    options: result.options?.map((option, index) => ({ ...option, counts: hide(option.counts, groupRow.groups[index]!) })),
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
