import { isSuppressed } from './protect-counts.js';
import type { LocalizedText, QuestionType } from './survey-format.js';
import type { Count, OptionCounts, QuestionResult, Suppressed, SurveyResults } from './survey-results-types.js';

/** A percentage, hidden where either count behind it is, or null where nobody answered. */
export type Share = number | Suppressed | null;

export interface OptionChange {
  key: string;
  label: LocalizedText;
  /** Percent of those who answered, in the first results and in the second. */
  before: Share;
  after: Share;
  /** after - before, in percentage points. */
  change_points: Share;
}

export interface QuestionComparison {
  key: string;
  type: QuestionType;
  text: LocalizedText;
  answered_before: Count;
  answered_after: Count;
  /** single, multi, likert; rank: first choices. */
  options?: OptionChange[];
  /** matrix: per item. */
  items?: { key: string; label: LocalizedText; options: OptionChange[] }[];
  /** number: the mean in each, and its change. */
  mean?: { before: Share; after: Share; change: Share };
}

export interface SurveyComparison {
  /** The group compared ("all" unless asked). */
  group: string;
  questions: QuestionComparison[];
  /** Keys of questions in both results that cannot be compared: another type, other options or items. */
  differing: string[];
}

/**
 * Two surveys, or two rounds of one, on the questions they share: the same key, type and option
 * keys (and items for a matrix). Each option's percentage in each and the change in points. Both
 * results are already protected; a percentage built on a hidden count stays hidden, and so does
 * any change built on it, so comparing never undoes suppression.
 */
export function compareSurveys(before: SurveyResults, after: SurveyResults, options: { group?: string } = {}): SurveyComparison {
  const group = options.group ?? 'all';
  const later = new Map(after.questions.map((question) => [question.key, question]));
  const questions: QuestionComparison[] = [];
  const differing: string[] = [];
  for (const first of before.questions) {
    const second = later.get(first.key);
    if (!second) continue;
    if (!isComparable(first, second)) {
      differing.push(first.key);
      continue;
    }
    const comparison: QuestionComparison = { key: first.key, type: first.type, text: second.text, answered_before: first.answered[group] ?? 0, answered_after: second.answered[group] ?? 0 };
    const rows = (a: OptionCounts[], b: OptionCounts[], answeredA: Count, answeredB: Count) => a.map((row, index) => optionChange(row, b[index]!, answeredA, answeredB, group));
    if (first.options) comparison.options = rows(first.options, second.options!, comparison.answered_before, comparison.answered_after);
    if (first.ranking) {
      const asCounts = (result: QuestionResult) => result.ranking!.map((option) => ({ key: option.key, label: option.label, counts: option.first }));
      comparison.options = rows(asCounts(first), asCounts(second), comparison.answered_before, comparison.answered_after);
    }
    if (first.items) {
      comparison.items = first.items.map((item, index) => {
        const other = second.items![index]!;
        return { key: item.key, label: other.label, options: rows(item.options, other.options, item.answered[group] ?? 0, other.answered[group] ?? 0) };
      });
    }
    if (first.summary) {
      const meanOf = (result: QuestionResult): Share => {
        const summary = result.summary![group];
        return summary === undefined ? null : isSuppressed(summary) ? summary : summary.mean;
      };
      const [a, b] = [meanOf(first), meanOf(second)];
      comparison.mean = { before: a, after: b, change: difference(a, b, 4) };
    }
    questions.push(comparison);
  }
  return { group, questions, differing };
}

function isComparable(a: QuestionResult, b: QuestionResult): boolean {
  const keys = (list: { key: string }[] | undefined) => (list ?? []).map((entry) => entry.key).join('\u0000');
  return (
    a.type === b.type &&
    keys(a.options) === keys(b.options) &&
    keys(a.ranking) === keys(b.ranking) &&
    keys(a.items) === keys(b.items) &&
    (a.items ?? []).every((item, index) => keys(item.options) === keys(b.items![index]!.options))
  );
}

function optionChange(a: OptionCounts, b: OptionCounts, answeredA: Count, answeredB: Count, group: string): OptionChange {
  const before = share(a.counts[group] ?? 0, answeredA);
  const after = share(b.counts[group] ?? 0, answeredB);
  return { key: a.key, label: b.label, before, after, change_points: difference(before, after, 1) };
}

function share(count: Count, answered: Count): Share {
  if (isSuppressed(count)) return count;
  if (isSuppressed(answered)) return answered;
  return answered === 0 ? null : Math.round((1000 * count) / answered) / 10;
}

function difference(before: Share, after: Share, digits: number): Share {
  if (isSuppressed(before)) return before;
  if (isSuppressed(after)) return after;
  if (before === null || after === null) return null;
  const scale = 10 ** digits;
  return Math.round((after - before) * scale) / scale;
}
