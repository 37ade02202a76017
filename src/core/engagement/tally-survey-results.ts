import { choicesOf } from './likert-scales.js';
import { summarizeNumbers } from './number-summary.js';
import { countOrSuppressed, protectPeopleRow, type ProtectedRow, type SuppressionReason } from './protect-counts.js';
import type { ResponseTable } from './response-table.js';
import { tallyColumn, type ColumnTally } from './tally-columns.js';
import type { LocalizedText, SurveyDocument, SurveyQuestion } from './survey-format.js';
import type { Count, NumberSummary, OptionCounts, QuestionResult, RankedOption, ResultGroup, Suppressed, SurveyResults } from './survey-results-types.js';

export const ALL_GROUP = 'all';
export const NO_ANSWER_GROUP = 'no_answer';
/** The group of responses that came through no stakeholder group (the plain public link, a kiosk, paper). */
export const NO_GROUP = 'no_group';
/**
 * The `by` that breaks results down by the stakeholder group a response came through. The "@"
 * keeps it apart from every question key (letters, digits, "_" and "-": survey-format.ts answerKey).
 */
export const STAKEHOLDER_GROUP_BREAKDOWN = '@stakeholder_group';
const allLabel: LocalizedText = { en: 'All respondents', es: 'Todas las personas' };
const noAnswerLabel: LocalizedText = { en: 'No answer', es: 'Sin respuesta' };
const noGroupLabel: LocalizedText = { en: 'No group (public link)', es: 'Sin grupo (enlace público)' };

/** A stakeholder group as results name it: its id is its group key. */
export interface ResultStakeholderGroup {
  id: string;
  name: string;
}

/** The questions results may be broken down by: single choice and Likert, demographic ones first. */
export function breakdownQuestions(document: SurveyDocument): SurveyQuestion[] {
  const candidates = document.questions.filter((question) => question.type === 'single' || question.type === 'likert');
  return [...candidates.filter((question) => question.demographic), ...candidates.filter((question) => !question.demographic)];
}

/** The columns of a breakdown: each group's key and label, and each response's group (an index into them). */
interface Breakdown {
  keys: string[];
  labels: LocalizedText[];
  groupOf: Uint8Array | Uint16Array;
  /** The question broken down by, whose own results are only the groups' sizes; null for none or for stakeholder groups. */
  question: string | null;
}

/**
 * Every question's counts, for everyone and (with `by`) for each answer to one single-choice or
 * Likert question plus those who skipped it, or (with `by` STAKEHOLDER_GROUP_BREAKDOWN) for each
 * of `stakeholderGroups` plus the responses of no group, protected by protectPeopleRow: no cell
 * leaves with fewer than `threshold` people behind it, nor one from which such a cell could be
 * worked out. The caller checks `by` against breakdownQuestions first.
 */
export function tallySurveyResults(options: {
  surveyId: string;
  document: SurveyDocument;
  table: ResponseTable;
  by: string | null;
  threshold: number;
  /** For the stakeholder-group breakdown: the groups to show, in order; a response of a group not listed counts as of none. */
  stakeholderGroups?: readonly ResultStakeholderGroup[];
}): SurveyResults {
  const { document, table, by, threshold } = options;
  const size = table.size;
  const breakdown = by === null ? null : by === STAKEHOLDER_GROUP_BREAKDOWN ? groupBreakdown(table, options.stakeholderGroups ?? [], document.languages) : questionBreakdown(table, by);
  const groupKeys = breakdown?.keys ?? [];
  const groupCount = breakdown ? groupKeys.length : 1;
  const groupOf = breakdown?.groupOf ?? new Uint8Array(size);

  const respondents = new Int32Array(groupCount);
  for (let row = 0; row < size; row++) respondents[groupOf[row]!]!++;
  const groupRow = protectPeopleRow({ people: breakdown ? [...respondents] : [], total: size, threshold });
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
    ...groupKeys.map((key, group) => ({ key, label: breakdown!.labels[group]!, respondents: countOrSuppressed(respondents[group]!, groupRow.groups[group]!) })),
  ];
  const context: Context = { groupKeys, groupCount, threshold, cellsOf };
  const questions = document.questions.map((question) => {
    const column = table.column(question.key)!;
    const tally = tallyColumn(column, size, groupOf, groupCount);
    if (question.key === breakdown?.question) return withGroupSizesHidden(questionResult(question, tally, groupRow, context), groupRow, groupKeys);
    return questionResult(question, tally, rowUnder(groupRow, tally.answered, threshold), context);
  });
  return { survey_id: options.surveyId, respondents: groups[0]!.respondents, threshold, by: breakdown ? by : null, groups, questions };
}

/** A group per option of a single-choice or Likert question, and one for those who skipped it. */
function questionBreakdown(table: ResponseTable, by: string): Breakdown {
  const column = table.column(by);
  if (column?.kind !== 'choice') throw new Error(`cannot break results down by "${by}"`);
  const choices = choicesOf(column.question);
  const none = choices.length;
  const groupOf = new Uint8Array(table.size);
  for (let row = 0; row < table.size; row++) groupOf[row] = column.codes[row]! === 0 ? none : column.codes[row]! - 1;
  return { keys: [...choices.map((choice) => choice.key), NO_ANSWER_GROUP], labels: [...choices.map((choice) => choice.text), noAnswerLabel], groupOf, question: by };
}

/**
 * A group per stakeholder group given (named as the team named it, in every language of the
 * survey), and one for the responses of no group, last.
 */
function groupBreakdown(table: ResponseTable, stakeholderGroups: readonly ResultStakeholderGroup[], languages: readonly string[]): Breakdown {
  const none = stakeholderGroups.length;
  const position = new Map(stakeholderGroups.map((group, index) => [group.id, index]));
  // Code n of the table is groupIds[n - 1]; code 0 and a group not listed are "no group".
  const byCode = [none, ...table.groupIds.map((id) => position.get(id) ?? none)];
  const groupOf = none + 1 > 0xff ? new Uint16Array(table.size) : new Uint8Array(table.size);
  const codes = table.groupCodes;
  for (let row = 0; row < table.size; row++) groupOf[row] = byCode[codes[row]!]!;
  const nameIn = (name: string): LocalizedText => Object.fromEntries([...new Set([...languages, 'en'])].map((language) => [language, name]));
  return { keys: [...stakeholderGroups.map((group) => group.id), NO_GROUP], labels: [...stakeholderGroups.map((group) => nameIn(group.name)), noGroupLabel], groupOf, question: null };
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
