import { describe, expect, it } from 'vitest';
import type { PeriodResult, PeriodRollUp } from './disclosure-equations.js';
import { CODING_BAND, CODING_SIZE_MULTIPLE, protectResults, type ProtectedResult } from './protect-results.js';

/**
 * Attacks protectResults the way a reader would: random measures built from random students (so
 * every breakdown adds up, as real data does), then, from the published values and every n, an
 * attempt to solve for each withheld value with this file's own linear algebra.
 */

/** mulberry32: a tiny seeded generator, so the property test runs the same cases every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THRESHOLD = 10;
const STEP = 1;
const CATEGORIES = [
  ['Male', 'Female'],
  ['Hispanic', 'White', 'Black', 'Asian'],
  ['English learners', 'Non-EL'],
];

interface Student {
  groups: string[];
  scores: Record<string, number>;
}
interface Case {
  cells: PeriodResult[];
  rollUps: PeriodRollUp[];
  isPercentage: boolean;
  /** Per period: every group of every category with its n, published or not, for the attack. */
  truth: Map<string, Map<string, { n: number; value: number; category: number }>>;
  categories: number[];
  pooled: boolean;
}

function makeCase(random: () => number): Case {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const categories = random() < 0.5 ? [0, 1] : [0, 1, 2];
  const isPercentage = random() < 0.5;
  const passRate = [0.02, 0.5, 0.97, random()][int(3)]!;
  const score = () => (isPercentage ? (random() < passRate ? 100 : 0) : int(1000) / 10);
  // One group per category is often rare, so small groups, lone small groups and near-misses are common.
  const weights = categories.map((c) => CATEGORIES[c]!.map(() => (random() < 0.4 ? 0.02 + random() * 0.06 : 0.3 + random())));
  const pick = (w: number[]) => {
    let r = random() * w.reduce((a, b) => a + b, 0);
    return w.findIndex((x) => (r -= x) < 0);
  };
  const student = (periods: string[]): Student => ({
    groups: categories.map((c, i) => CATEGORIES[c]![Math.max(0, pick(weights[i]!))]!),
    scores: Object.fromEntries(periods.map((p) => [p, score()])),
  });
  const shape = int(2); // 0: one period, 1: a year pooling two semesters' students, 2: two semesters of the same students
  const pooled = shape === 1;
  const periods = shape === 0 ? ['Y'] : ['Y S1', 'Y S2', 'Y'];
  const size = () => 15 + int(150);
  const cohorts = pooled ? [Array.from({ length: size() }, () => student(['Y S1'])), Array.from({ length: size() }, () => student(['Y S2']))] : [Array.from({ length: size() }, () => student(periods))];
  const rosterOf = (period: string) => (pooled ? (period === 'Y S1' ? cohorts[0]! : period === 'Y S2' ? cohorts[1]! : [...cohorts[0]!, ...cohorts[1]!]) : cohorts[0]!);
  // In the shared-students shape the year is each student's mean of the two semesters.
  const yearScore = (s: Student) => (pooled ? (s.scores['Y S1'] ?? s.scores['Y S2']!) : shape === 2 ? (s.scores['Y S1']! + s.scores['Y S2']!) / 2 : s.scores.Y!);

  const cells: PeriodResult[] = [];
  const truth: Case['truth'] = new Map();
  for (const period of periods) {
    const roster = rosterOf(period);
    const valueOf = (s: Student) => (period === 'Y' ? yearScore(s) : s.scores[period]!);
    const mean = (list: Student[]) => list.reduce((sum, s) => sum + valueOf(s), 0) / list.length;
    const groups = new Map<string, { n: number; value: number; category: number }>([['all', { n: roster.length, value: mean(roster), category: -1 }]]);
    cells.push({ periodLabel: period, subgroup: null, value: mean(roster), n: roster.length });
    categories.forEach((c, i) => {
      // Sometimes a category is reported without one of its groups: the rule cannot see it, the attack can.
      const dropped = random() < 0.2 ? int(CATEGORIES[c]!.length - 1) : -1;
      CATEGORIES[c]!.forEach((name, j) => {
        const members = roster.filter((s) => s.groups[i] === name);
        if (members.length === 0) return;
        groups.set(name, { n: members.length, value: mean(members), category: c });
        if (j !== dropped) cells.push({ periodLabel: period, subgroup: name, value: mean(members), n: members.length });
      });
    });
    truth.set(period, groups);
  }
  return { cells, rollUps: shape === 0 ? [] : [{ period: 'Y', parts: ['Y S1', 'Y S2'] }], isPercentage, truth, categories, pooled };
}

/** Rank by elimination with full pivoting: written apart from the implementation on purpose. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => {
    const scale = Math.max(...row.map(Math.abs));
    return scale > 0 ? row.map((x) => x / scale) : [...row];
  });
  let r = 0;
  const used = new Set<number>();
  while (true) {
    let best = { value: 1e-9, row: -1, col: -1 };
    for (let i = r; i < m.length; i++) for (let j = 0; j < (m[0]?.length ?? 0); j++) if (!used.has(j) && Math.abs(m[i]![j]!) > best.value) best = { value: Math.abs(m[i]![j]!), row: i, col: j };
    if (best.row < 0) return r;
    [m[r], m[best.row]] = [m[best.row]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const f = m[i]![best.col]! / m[r]![best.col]!;
      for (let j = 0; j < m[i]!.length; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    used.add(best.col);
    r++;
  }
}

interface Unknown {
  period: string;
  group: string;
  box: { min: number; max: number };
  mustProtect: boolean;
}

/** Every value the reader does not see exactly, and every relation among all values. */
function attack(c: Case, published: ProtectedResult[]) {
  const shown = new Map(published.filter((p) => !p.isHidden).map((p) => [`${p.periodLabel}|${p.subgroup ?? 'all'}`, p]));
  const withheld = new Map(published.filter((p) => p.isHidden).map((p) => [`${p.periodLabel}|${p.subgroup ?? 'all'}`, p]));
  const unknowns: Unknown[] = [];
  const index = new Map<string, number>();
  for (const [period, groups] of c.truth) {
    for (const [group, g] of groups) {
      const key = `${period}|${group}`;
      if (shown.has(key)) continue;
      const cell = withheld.get(key);
      const range = cell?.range ?? (c.isPercentage ? { min: 0, max: 100 } : { min: -Infinity, max: Infinity });
      // A group nobody published is protected when it is small; a withheld one always.
      index.set(key, unknowns.length);
      unknowns.push({ period, group, box: range, mustProtect: cell !== undefined || (g.n > 0 && g.n < THRESHOLD) });
    }
  }
  // Each relation: sum of coefficient x value = 0 over the true values.
  const relations: { key: string; coefficient: number }[][] = [];
  for (const [period, groups] of c.truth) {
    for (const category of c.categories) {
      const members = [...groups].filter(([, g]) => g.category === category);
      relations.push([{ key: `${period}|all`, coefficient: groups.get('all')!.n }, ...members.map(([name, g]) => ({ key: `${period}|${name}`, coefficient: -g.n }))]);
    }
  }
  for (const rollUp of c.rollUps) {
    for (const group of c.truth.get(rollUp.period)!.keys()) {
      const parts = rollUp.parts.map((p) => c.truth.get(p)!.get(group));
      if (parts.some((p) => !p)) continue;
      const weights = parts.map((p) => (c.pooled ? p!.n : 1));
      relations.push([{ key: `${rollUp.period}|${group}`, coefficient: weights.reduce((a, b) => a + b, 0) }, ...rollUp.parts.map((p, i) => ({ key: `${p}|${group}`, coefficient: -weights[i]! }))]);
    }
  }
  const valueOf = (key: string) => {
    const [period, group] = key.split('|');
    return c.truth.get(period!)!.get(group!)!.value;
  };
  const rows = relations.map((terms) => {
    const row = unknowns.map(() => 0);
    let constant = 0;
    for (const term of terms) {
      if (index.has(term.key)) row[index.get(term.key)!]! += term.coefficient;
      else constant -= term.coefficient * valueOf(term.key);
    }
    return { row, constant };
  });
  const base = rank(rows.map((r) => r.row));
  const determined = (j: number) => rank([...rows.map((r) => r.row), unknowns.map((_, k) => (k === j ? 1 : 0))]) === base;
  /** The range one relation alone leaves for unknown j, the others anywhere in their boxes. */
  const narrowest = (j: number) => {
    let width = Infinity;
    for (const { row, constant } of rows) {
      const a = row[j]!;
      if (Math.abs(a) < 1e-12) continue;
      let low = constant;
      let high = constant;
      row.forEach((coefficient, k) => {
        if (k === j || coefficient === 0) return;
        const ends = [-coefficient * unknowns[k]!.box.min, -coefficient * unknowns[k]!.box.max];
        low += Math.min(...ends);
        high += Math.max(...ends);
      });
      const ends = [low / a, high / a].sort((x, y) => x - y);
      const box = unknowns[j]!.box;
      width = Math.min(width, Math.min(ends[1]!, box.max) - Math.max(ends[0]!, box.min));
    }
    return width;
  };
  return { unknowns, determined, narrowest };
}

/** All students as it would be published if it were not a complement: exact, or coded near 0 or 100. */
function codedOrShown(cell: PeriodResult, isPercentage: boolean): Pick<ProtectedResult, 'value' | 'isHidden' | 'hiddenBecause' | 'range'> {
  const value = cell.value!;
  if (isPercentage && cell.n! < CODING_SIZE_MULTIPLE * THRESHOLD && value <= CODING_BAND) return { value: null, isHidden: true, hiddenBecause: 'bottom_coded', range: { min: 0, max: CODING_BAND } };
  if (isPercentage && cell.n! < CODING_SIZE_MULTIPLE * THRESHOLD && value >= 100 - CODING_BAND) return { value: null, isHidden: true, hiddenBecause: 'top_coded', range: { min: 100 - CODING_BAND, max: 100 } };
  return { value, isHidden: false, hiddenBecause: null, range: null };
}

describe('protectResults cannot be undone by a reader with every n', () => {
  const random = seeded(20260405);
  const cases = Array.from({ length: 1000 }, () => makeCase(random));
  const seen = { complement: 0, coded: 0, crossPeriod: 0, totalHidden: 0, nothingHidden: 0, unnamedSmall: 0 };

  it('holds for 1000 random measures with overlapping breakdowns and periods', () => {
    for (const c of cases) {
      const published = protectResults(c.cells, { threshold: THRESHOLD, isPercentage: c.isPercentage, periodRollUps: c.rollUps, roundingStep: STEP });
      const context = JSON.stringify(c.cells);
      published.forEach((p, i) => {
        if (c.cells[i]!.n! < THRESHOLD) expect(p.hiddenBecause, context).toBe('small_group');
        if (p.isHidden) expect([p.value, p.n], context).toEqual([null, null]);
      });

      const { unknowns, determined, narrowest } = attack(c, published);
      unknowns.forEach((u, j) => {
        if (!u.mustProtect) return;
        const label = `${context}\n${u.period}/${u.group}`;
        expect(determined(j), `solved: ${label}`).toBe(false);
        if (c.isPercentage) expect(narrowest(j), `narrowed: ${label}`).toBeGreaterThanOrEqual(STEP - 1e-6);
      });

      // All students is withheld only when even hiding every group instead would not do.
      for (const total of published.filter((p) => p.subgroup === null && p.hiddenBecause === 'complement')) {
        const instead = published.map((p, i) => {
          if (p === total) return { ...p, ...codedOrShown(c.cells[i]!, c.isPercentage) };
          if (p.subgroup !== null && p.hiddenBecause !== 'small_group' && c.cells[i]!.value !== null) return { ...p, value: null, isHidden: true, hiddenBecause: 'complement' as const, range: null };
          return p;
        });
        const retry = attack(c, instead);
        expect(retry.unknowns.some((u, j) => u.mustProtect && (retry.determined(j) || (c.isPercentage && retry.narrowest(j) < STEP))), context).toBe(true);
        seen.totalHidden++;
      }

      if (published.some((p) => p.hiddenBecause === 'complement')) seen.complement++;
      if (published.some((p) => p.hiddenBecause === 'top_coded' || p.hiddenBecause === 'bottom_coded')) seen.coded++;
      if (c.rollUps.length && published.some((p) => p.hiddenBecause === 'complement' && p.periodLabel === 'Y')) seen.crossPeriod++;
      if (unknowns.some((u) => u.mustProtect && !published.some((p) => p.periodLabel === u.period && p.subgroup === u.group))) seen.unnamedSmall++;
      if (!published.some((p) => p.isHidden)) seen.nothingHidden++;
    }
    // The cases really exercised every branch.
    expect(seen.complement).toBeGreaterThan(200);
    expect(seen.coded).toBeGreaterThan(200);
    expect(seen.crossPeriod).toBeGreaterThan(15);
    expect(seen.unnamedSmall).toBeGreaterThan(15);
    expect(seen.nothingHidden).toBeGreaterThan(25);
    // About 3 s on a quiet machine; the limit leaves room for a busy one.
  }, 20_000);
});
