import type { StudentGroupCatalog } from './student-groups.js';
import { builtInStudentGroups, studentGroupMatcher } from './student-groups.js';

/**
 * The relations a reader can write between a measure's published results, as the privacy rule
 * must assume them: the reader knows every group's n (states publish enrolment), so each relation
 * is linear in the values.
 * - Within a period, all students x N = sum over a category's groups of value x n, when the
 *   category's groups add up to all students. When they fall short, the missing students are a
 *   group of their own (the remainder) that is never published: an unknown in the relation, to
 *   protect like any small group when it has fewer students than the threshold. A large one
 *   alone makes the relation useless to a reader, but a year and its terms can pin it down.
 * - Across periods, a period made of its parts (a year of its two semesters or four quarters)
 *   is the n-weighted mean of them for each group, when the district reports both.
 */

export interface PeriodResult {
  periodLabel: string;
  /** null is all students. */
  subgroup: string | null;
  value: number | null;
  n: number | null;
}

/** A period whose results are made of its parts' results (a year and its semesters). */
export interface PeriodRollUp {
  period: string;
  parts: readonly string[];
}

/** A term refers to a cell by its index, or to a remainder by cells.length + its index. */
export interface RelationTerm {
  ref: number;
  coefficient: number;
}

export interface Remainder {
  periodLabel: string;
  category: string;
  n: number;
  /** Its real value, worked out from the cells, to measure how far a reader could move it. */
  value: number;
  /** Fewer students than the threshold: no reader may learn its value. */
  isProtected: boolean;
}

export interface DisclosureModel {
  /** Each relation says sum of coefficient x value = a number the reader knows. */
  relations: RelationTerm[][];
  /** The students of a category no cell names, per period: unknowns, protected when small. */
  remainders: Remainder[];
  /** The category of each cell; 'all' for all students. */
  categories: string[];
  /** A key that is the same for one group however it is named, to line periods up. */
  groupKeys: string[];
}

const ALL_STUDENTS = 'all';

/** Every relation between the cells a reader could use, under the assumptions above. */
export function buildDisclosureModel(
  cells: readonly PeriodResult[],
  options: { threshold: number; groups?: StudentGroupCatalog; periodRollUps?: readonly PeriodRollUp[] },
): DisclosureModel {
  const match = studentGroupMatcher(options.groups ?? builtInStudentGroups);
  const matched = cells.map((cell) => (cell.subgroup === null ? { key: ALL_STUDENTS, category: ALL_STUDENTS } : match(cell.subgroup)));
  const relations: RelationTerm[][] = [];
  const remainders: Remainder[] = [];

  const periods = new Map<string, number[]>();
  cells.forEach((cell, index) => periods.set(cell.periodLabel, [...(periods.get(cell.periodLabel) ?? []), index]));
  for (const [periodLabel, indexes] of periods) {
    const total = indexes.find((index) => matched[index]!.category === ALL_STUDENTS);
    if (total === undefined) continue;
    const byCategory = new Map<string, number[]>();
    for (const index of indexes) {
      const category = matched[index]!.category;
      if (category !== ALL_STUDENTS) byCategory.set(category, [...(byCategory.get(category) ?? []), index]);
    }
    for (const [category, members] of byCategory) {
      const relation = categoryRelation(cells, total, members, options.threshold);
      if (!relation) continue;
      if (relation.remainder) {
        const ref = cells.length + remainders.length;
        remainders.push({ periodLabel, category, ...relation.remainder });
        relation.terms.push({ ref, coefficient: -relation.remainder.n });
      }
      relations.push(relation.terms);
    }
  }

  const remainderRefs = new Map(remainders.map((r, index) => [`${r.periodLabel}|${r.category}`, { ref: cells.length + index, n: r.n }]));
  for (const rollUp of options.periodRollUps ?? []) relations.push(...rollUpRelations(cells, matched, rollUp, remainderRefs));
  return { relations, remainders, categories: matched.map((m) => m.category), groupKeys: matched.map((m) => m.key) };
}

function categoryRelation(
  cells: readonly PeriodResult[],
  total: number,
  members: readonly number[],
  threshold: number,
): { terms: RelationTerm[]; remainder?: Omit<Remainder, 'periodLabel' | 'category'> } | null {
  const totalN = cells[total]!.n;
  const knownN = members.filter((index) => cells[index]!.n !== null);
  const unknownN = members.length - knownN.length;
  const sumKnown = knownN.reduce((sum, index) => sum + cells[index]!.n!, 0);
  if (totalN === null) {
    // All students' n is often not known. Two or more groups of a category are then assumed to
    // make up all students, which can only hide more; one group alone is assumed not to, or the
    // one small English learners group would hide all students again.
    if (members.length < 2) return null;
    const assumedTotal = sumKnown + unknownN;
    return { terms: [{ ref: total, coefficient: assumedTotal }, ...members.map((index) => ({ ref: index, coefficient: -(cells[index]!.n ?? 1) }))] };
  }
  const missing = totalN - sumKnown;
  // Groups whose n is unknown are assumed to be exactly the missing students, the worst case.
  const unknownShare = unknownN > 0 ? Math.max(missing / unknownN, 1) : 0;
  const terms = [{ ref: total, coefficient: totalN }, ...members.map((index) => ({ ref: index, coefficient: -(cells[index]!.n ?? unknownShare) }))];
  if (unknownN > 0 || missing <= 0) return { terms };
  const known = (index: number) => (cells[index]!.value ?? 0) * (cells[index]!.n ?? 0);
  const value = ((cells[total]!.value ?? 0) * totalN - members.reduce((sum, index) => sum + known(index), 0)) / missing;
  return { terms, remainder: { n: missing, value, isProtected: missing < threshold } };
}

function rollUpRelations(
  cells: readonly PeriodResult[],
  matched: readonly { key: string; category: string }[],
  rollUp: PeriodRollUp,
  remainders: ReadonlyMap<string, { ref: number; n: number }>,
): RelationTerm[][] {
  const periods = [rollUp.period, ...rollUp.parts];
  const keys = new Map(cells.flatMap((cell, index) => (periods.includes(cell.periodLabel) && cell.subgroup !== null ? [[matched[index]!.key, matched[index]!.category] as const] : [])));
  keys.set(ALL_STUDENTS, ALL_STUDENTS);
  // A group a period leaves out is among that period's missing students of its category: when
  // those are few (a remainder), they stand in for it, or the year would give the group away.
  const find = (periodLabel: string, key: string, category: string): { ref: number; n: number | null } | null => {
    const index = cells.findIndex((cell, i) => cell.periodLabel === periodLabel && matched[i]!.key === key);
    if (index >= 0) return { ref: index, n: cells[index]!.n };
    return remainders.get(`${periodLabel}|${category}`) ?? null;
  };
  const relations: RelationTerm[][] = [];
  for (const [key, category] of keys) {
    const total = find(rollUp.period, key, category);
    const parts = rollUp.parts.map((part) => find(part, key, category));
    if (!total || parts.some((part) => part === null)) continue;
    // Parts with the same n (the same students each term) make the year their plain mean.
    const weights = parts.map((part) => part!.n ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    if (sum <= 0) continue;
    relations.push([{ ref: total.ref, coefficient: sum }, ...parts.map((part, index) => ({ ref: part!.ref, coefficient: -weights[index]! }))]);
  }
  return relations;
}

/**
 * Which periods in a measure's results are made of others, read from the district's labels: a
 * year ("2025-26", "FY2026") and all its semesters ("2025-26 S1", "S2") or all four quarters.
 * Only complete sets count: a year with three of its quarters says nothing about any one of them.
 */
export function inferPeriodRollUps(labels: readonly string[]): PeriodRollUp[] {
  const present = new Set(labels);
  const rollUps: PeriodRollUp[] = [];
  for (const label of present) {
    for (const parts of [['S1', 'S2'], ['Q1', 'Q2', 'Q3', 'Q4']]) {
      const named = parts.map((part) => `${label} ${part}`);
      if (named.every((part) => present.has(part))) rollUps.push({ period: label, parts: named });
    }
  }
  return rollUps;
}
