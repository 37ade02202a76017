import type { Count, Suppressed } from './survey-results-types.js';

/**
 * The suppression rule for survey counts, applied by tallySurveyResults to every breakdown.
 *
 * It is the rule of src/core/monitoring/protect-results.ts applied to counts of people: a group
 * under the threshold is hidden (small_group), and then, because a reader knows the published
 * total and every published part, any hidden group that could be worked out by subtraction is
 * covered by hiding more (complement). There a published mean is an n-weighted sum of its groups'
 * means; here a published count is the plain sum of its groups' counts, so the same linear algebra
 * (linear-disclosure.ts) checks both, and protect-counts.property.test.ts runs it against this
 * rule. The one difference is what "worked out" means for people: subtraction gives the hidden
 * groups of a row together, so together they must be at least `threshold` people (or none at
 * all), never 1 to threshold-1 of them.
 *
 * A row is one line of a breakdown counting people: respondents by group, or those who answered a
 * question (or a matrix item) by group. Hidden groups are hidden in every row below them (a group
 * hidden for its size is hidden in every question), and a question's option rows hide exactly the
 * groups its answered row hides, so each option row's hidden cells also only add up to the hidden
 * groups' own distribution of answers, from at least `threshold` people.
 */

export type SuppressionReason = Suppressed['reason'];

export interface ProtectedRow {
  /** The "all" column's cell. */
  total: SuppressionReason | null;
  /** Each group's cell, in the order given. */
  groups: (SuppressionReason | null)[];
}

/**
 * Which cells of one row of people may be published.
 * - The row's total under the threshold (but not 0) hides the whole row.
 * - A group of 1 to threshold-1 people is hidden (small_group); an empty group is shown as 0,
 *   since it holds nobody's answers.
 * - Groups already hidden in a row above (`hidden`) stay hidden.
 * - While the hidden groups together hold 1 to threshold-1 people, the smallest group still shown
 *   that holds anyone is hidden too (complement), the first listed on a tie.
 */
export function protectPeopleRow(options: { people: readonly number[]; total: number; threshold: number; hidden?: readonly (SuppressionReason | null)[] }): ProtectedRow {
  const { people, total, threshold } = options;
  const isSmall = (count: number) => count > 0 && count < threshold;
  const inherited = (index: number) => options.hidden?.[index] ?? null;
  if (isSmall(total)) return { total: 'small_group', groups: people.map((_, index) => inherited(index) ?? 'small_group') };
  const groups = people.map((count, index) => inherited(index) ?? (isSmall(count) ? 'small_group' : null));
  for (;;) {
    const hiddenPeople = people.reduce((sum, count, index) => (groups[index] ? sum + count : sum), 0);
    if (!isSmall(hiddenPeople)) break;
    let next = -1;
    people.forEach((count, index) => {
      if (!groups[index] && count > 0 && (next < 0 || count < people[next]!)) next = index;
    });
    // Only when the groups do not add up to the total: nothing left to hide.
    if (next < 0) break;
    groups[next] = 'complement';
  }
  return { total: null, groups };
}

/** A count as published: the number, or a suppressed cell without it. */
export function countOrSuppressed(count: number, reason: SuppressionReason | null): Count {
  return reason ? { suppressed: true, reason } : count;
}

/**
 * One count of people standing on its own (everyone who took part, those who voted on a statement,
 * an idea's raters, people counted together): hidden when it holds 1 to threshold-1 people, as
 * protectPeopleRow hides a row's total.
 */
export function protectCount(count: number, threshold: number): Count {
  return countOrSuppressed(count, protectPeopleRow({ people: [], total: count, threshold }).total);
}

/** Whether something said about `count` people (a statement's share, an idea's mean) may leave the team: someone, and not hidden by protectCount. */
export function mayShowPeople(count: number, threshold: number): boolean {
  return count > 0 && !isSuppressed(protectCount(count, threshold));
}

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;
}
