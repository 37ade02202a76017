import { buildDisclosureModel, type DisclosureModel, type PeriodResult, type PeriodRollUp } from './disclosure-equations.js';
import { determinedUnknowns, narrowedWidths, reduceRows, type ValueBox } from './linear-disclosure.js';
import type { StudentGroupCatalog } from './student-groups.js';

/**
 * The one privacy rule for results about students, called by every output that leaves the
 * planning team (the public page, widget and JSON, the board's report). See protectResults.
 */

export type HiddenReason = 'small_group' | 'complement' | 'top_coded' | 'bottom_coded';

export interface ProtectedResult {
  periodLabel: string;
  subgroup: string | null;
  /** null when hidden or coded, so no caller can leak it by accident. */
  value: number | null;
  /** null when hidden or coded; callers must still keep every n off public outputs. */
  n: number | null;
  /** The exact value is withheld: hidden altogether, or coded as the range below. */
  isHidden: boolean;
  hiddenBecause: HiddenReason | null;
  /** What may be said of a coded value ("95% or more"); null for a hidden or shown one. */
  range: ValueBox | null;
}

export interface ProtectionOptions {
  /** Groups of fewer students than this are never shown. */
  threshold: number;
  /** Values are percentages (0-100): coded near 0 and 100, and a reader knows they lie in 0-100. */
  isPercentage?: boolean;
  /** The district's own groups and categories; the built-in list when absent. */
  groups?: StudentGroupCatalog;
  /** Periods made of others (see inferPeriodRollUps). */
  periodRollUps?: readonly PeriodRollUp[];
  /** A hidden value a reader can narrow to less than this is as good as shown. Default 1 (point). */
  roundingStep?: number;
}

/** Percentages this close to 0 or 100 are coded as a range. */
export const CODING_BAND = 5;
/** Groups under this many times the threshold are coded; see protectResults for why. */
export const CODING_SIZE_MULTIPLE = 20;
const PERCENT_BOX: ValueBox = { min: 0, max: 100 };
const OPEN_BOX: ValueBox = { min: -Infinity, max: Infinity };

/**
 * What of a measure's results may be published, with the reason for each value withheld. Pass
 * all the periods and groups the output will show together, since a reader combines them.
 * - A group under the threshold is hidden (small_group), and so is a group whose n is unknown,
 *   since it may be small. All students with an unknown n stays: districts rarely know it.
 * - A percentage within CODING_BAND points of 0 or 100, for a group of fewer than
 *   CODING_SIZE_MULTIPLE x threshold students, is published as a range (bottom_coded "5% or
 *   less", top_coded "95% or more"): below that size the band holds fewer than `threshold`
 *   students, so the exact figure would say what nearly every student did. Larger groups are
 *   shown exactly.
 * - Then, while any withheld value (or small group no cell names, see disclosure-equations) can
 *   be solved for from what is shown, or narrowed to less than a rounding step, one more value is
 *   hidden (complement): the one that alone ends the disclosure if there is one, else the
 *   cheapest that shares a relation with it. Cheapest means a group before all students, then the
 *   smallest group, then the first listed, so all students is hidden only when no group will do.
 */
export function protectResults(cells: readonly PeriodResult[], options: ProtectionOptions): ProtectedResult[] {
  const { threshold } = options;
  const step = options.roundingStep ?? 1;
  const model = buildDisclosureModel(cells, options);
  const reasons: (HiddenReason | null)[] = cells.map((cell) => {
    if (cell.value === null) return null;
    if (cell.n !== null && cell.n < threshold) return 'small_group';
    if (cell.subgroup !== null && cell.n === null) return 'small_group';
    return options.isPercentage ? codingOf(cell.value, cell.n, threshold) : null;
  });

  const disclosed = (candidate: readonly (HiddenReason | null)[]) => disclosedRefs(cells, model, candidate, options.isPercentage === true, step);
  // Each pass hides one more cell, so the loop ends within cells.length passes.
  for (let pass = 0; pass <= cells.length; pass++) {
    const leaks = disclosed(reasons);
    if (leaks.length === 0) break;
    const target = leaks[0]!;
    const { groups, totals } = complementCandidates(cells, model, reasons, target);
    const choices = groups.length > 0 ? groups : totals;
    if (choices.length === 0) break;
    const leaksWith = (index: number) => disclosed(reasons.map((reason, i) => (i === index ? 'complement' : reason)));
    const outcomes = choices.map((index) => ({ index, leaks: leaksWith(index) }));
    const chosen = outcomes.find((o) => o.leaks.length === 0) ?? outcomes.find((o) => !o.leaks.includes(target)) ?? outcomes[0]!;
    reasons[chosen.index] = 'complement';
  }

  return cells.map((cell, index) => {
    const reason = reasons[index] ?? null;
    const base = { periodLabel: cell.periodLabel, subgroup: cell.subgroup };
    if (reason === null) return { ...base, value: cell.value, n: cell.n, isHidden: false, hiddenBecause: null, range: null };
    return { ...base, value: null, n: null, isHidden: true, hiddenBecause: reason, range: codedRange(reason) };
  });
}

function codingOf(value: number, n: number | null, threshold: number): HiddenReason | null {
  if (n === null || n >= CODING_SIZE_MULTIPLE * threshold) return null;
  if (value <= CODING_BAND) return 'bottom_coded';
  if (value >= 100 - CODING_BAND) return 'top_coded';
  return null;
}

function codedRange(reason: HiddenReason): ValueBox | null {
  if (reason === 'bottom_coded') return { min: 0, max: CODING_BAND };
  if (reason === 'top_coded') return { min: 100 - CODING_BAND, max: 100 };
  return null;
}

/**
 * The withheld values (cells, then remainders by cells.length + index) a reader could solve for
 * or narrow to under a step. A remainder of students no cell names is withheld by nature.
 */
function disclosedRefs(cells: readonly PeriodResult[], model: DisclosureModel, reasons: readonly (HiddenReason | null)[], isPercentage: boolean, step: number): number[] {
  const unknownRefs = [...reasons.flatMap((reason, index) => (reason === null ? [] : [index])), ...model.remainders.map((_, index) => cells.length + index)];
  const column = new Map(unknownRefs.map((ref, index) => [ref, index]));
  const valueOf = (ref: number) => (ref < cells.length ? (cells[ref]!.value ?? 0) : model.remainders[ref - cells.length]!.value);
  // Each row: the unknowns' coefficients, then what the reader knows they add up to.
  const rows = model.relations
    .map((terms) => {
      const row = unknownRefs.map(() => 0);
      let constant = 0;
      for (const term of terms) {
        if (column.has(term.ref)) row[column.get(term.ref)!]! += term.coefficient;
        else constant -= term.coefficient * valueOf(term.ref);
      }
      return [...row, constant];
    })
    .filter((row) => row.slice(0, -1).some((value) => value !== 0));
  const system = reduceRows(rows, unknownRefs.length);
  const boxes = unknownRefs.map((ref) => (ref < cells.length ? (codedRange(reasons[ref]!) ?? (isPercentage ? PERCENT_BOX : OPEN_BOX)) : isPercentage ? PERCENT_BOX : OPEN_BOX));
  const determined = determinedUnknowns(system);
  const widths = narrowedWidths([...rows, ...system.rows], unknownRefs.length, boxes);
  const mustProtect = (ref: number) => ref < cells.length || model.remainders[ref - cells.length]!.isProtected;
  return unknownRefs.filter((ref, index) => mustProtect(ref) && (determined[index] || widths[index]! < step));
}

/**
 * Shown or coded cells whose hiding could protect `target`: those in relations with it or with
 * the withheld values linked to it. Groups cheapest first (the target's period, a relation with
 * the target itself, the smallest, the first listed); all students apart, since it is hidden
 * only when there is no group left to hide.
 */
function complementCandidates(cells: readonly PeriodResult[], model: DisclosureModel, reasons: readonly (HiddenReason | null)[], target: number): { groups: number[]; totals: number[] } {
  const canHide = (ref: number) => ref < cells.length && cells[ref]!.value !== null && (reasons[ref] === null || reasons[ref] === 'top_coded' || reasons[ref] === 'bottom_coded');
  const isWithheld = (ref: number) => ref >= cells.length || (reasons[ref] !== null && !canHide(ref));
  const reached = new Set([target]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const terms of model.relations) {
      if (!terms.some((term) => reached.has(term.ref))) continue;
      for (const term of terms) if (isWithheld(term.ref) && !reached.has(term.ref)) (reached.add(term.ref), (grew = true));
    }
  }
  const refsIn = (relations: DisclosureModel['relations']) => [...new Set(relations.flatMap((terms) => terms.map((term) => term.ref)))].filter((ref) => ref !== target && canHide(ref));
  const direct = refsIn(model.relations.filter((terms) => terms.some((term) => term.ref === target)));
  const connected = refsIn(model.relations.filter((terms) => terms.some((term) => reached.has(term.ref))));
  // A partner from the target's own period first: the usual pair within one breakdown, which
  // ends most disclosures, where one from another period tends to need a partner of its own.
  const targetPeriod = target < cells.length ? cells[target]!.periodLabel : model.remainders[target - cells.length]!.periodLabel;
  const otherPeriod = (ref: number) => Number(cells[ref]!.periodLabel !== targetPeriod);
  const notDirect = (ref: number) => Number(!direct.includes(ref));
  const byCost = (a: number, b: number) => otherPeriod(a) - otherPeriod(b) || notDirect(a) - notDirect(b) || (cells[a]!.n ?? 0) - (cells[b]!.n ?? 0) || a - b;
  return {
    groups: connected.filter((ref) => cells[ref]!.subgroup !== null).sort(byCost),
    totals: connected.filter((ref) => cells[ref]!.subgroup === null).sort((a, b) => Number(!direct.includes(a)) - Number(!direct.includes(b)) || a - b),
  };
}
