import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeBudget, type BudgetCell } from './budget-summary.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';
import type { BudgetLine, PlanDocument } from './format/plan-format.schema.js';

/** A plan with goal G1 (strategies G1.S1, G1.S2, ...) and goal G2 (strategy G2.S1), each with the given lines. */
const planWith = (g1: BudgetLine[][], g2: BudgetLine[] = []): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: 'X', kind: 'district' },
  plan: {
    title: 'T',
    goals: [
      { key: 'G1', title: 'Reading', strategies: g1.map((budget, i) => ({ key: `G1.S${i + 1}`, title: `s${i + 1}`, budget })) },
      { key: 'G2', title: 'Belonging', strategies: [{ key: 'G2.S1', title: 't', budget: g2 }] },
    ],
  },
});
const cell = (amount: number | null, lines: number, notSetLines = 0): BudgetCell => ({ amount, lines, notSetLines });
const line = (fiscal_year: string, amount: number | null | undefined, more: Partial<BudgetLine> = {}): BudgetLine => ({ fiscal_year, ...(amount !== undefined ? { amount } : {}), ...more });

describe('summarizeBudget', () => {
  it('lays out the every-field plan, counting the line without currency in USD and its null amount as not set', () => {
    const summary = summarizeBudget(everyFieldPlan);
    expect(summary.mainCurrency).toBe('USD');
    expect(summary.assumedCurrencyLines).toBe(1);
    expect(summary.currencies).toEqual([
      {
        currency: 'USD',
        funds: ['Title I, Part A', null],
        fiscalYears: ['FY2026', 'FY2027'],
        cells: [[cell(125000.5, 1), cell(null, 0)], [cell(null, 0), cell(null, 1, 1)]],
        fundTotals: [cell(125000.5, 1), cell(null, 1, 1)],
        fiscalYearTotals: [cell(125000.5, 1), cell(null, 1, 1)],
        total: cell(125000.5, 2, 1),
      },
    ]);
    expect(summary.total).toEqual({ amounts: [{ currency: 'USD', amount: 125000.5 }], lines: 2, notSetLines: 1, fte: 1.5, hours: 320 });
    expect(summary.notes).toEqual([
      '1 budget line gives no currency and is counted in USD, the currency most lines use.',
      '1 budget line has no amount set; it is counted as not set, not as zero.',
    ]);
  });

  it('lists every strategy and goal, with or without budget lines', () => {
    const summary = summarizeBudget(everyFieldPlan);
    expect(summary.strategies.map((s) => [s.strategyKey, s.lines, s.amounts])).toEqual([
      ['P1.I1', 2, [{ currency: 'USD', amount: 125000.5 }]],
      ['P1.I2', 0, []],
    ]);
    expect(summary.goals.map((g) => [g.goalKey, g.lines])).toEqual([['P1', 2], ['P1.IG1', 0], ['GR-1', 0], ['P2', 0]]);
  });

  it.each<[string, PlanDocument, { main: string | null; total: Array<[string | null, number]>; currencies: Array<string | null>; notSet: number; notes: RegExp[] }]>([
    ['no lines at all', planWith([]), { main: null, total: [], currencies: [], notSet: 0, notes: [] }],
    [
      'USD and EUR are never added',
      planWith([[line('FY27', 100, { currency: 'USD' }), line('FY27', 50, { currency: 'EUR' }), line('FY28', 10, { currency: 'USD' })]]),
      { main: 'USD', total: [['USD', 110], ['EUR', 50]], currencies: ['USD', 'EUR'], notSet: 0, notes: [/totalled separately/] },
    ],
    [
      'the most used currency is main, and absorbs lines without one',
      planWith([[line('FY27', 1, { currency: 'CAD' }), line('FY27', 2, { currency: 'USD' }), line('FY27', 3, { currency: 'USD' }), line('FY27', 4)]]),
      { main: 'USD', total: [['USD', 9], ['CAD', 1]], currencies: ['USD', 'CAD'], notSet: 0, notes: [/^1 budget line gives no currency and is counted in USD/, /separately/] },
    ],
    ['on a tie, the currency seen first', planWith([[line('FY27', 1, { currency: 'EUR' }), line('FY27', 2, { currency: 'USD' })]]), { main: 'EUR', total: [['EUR', 1], ['USD', 2]], currencies: ['EUR', 'USD'], notSet: 0, notes: [/separately/] }],
    ['no currency anywhere', planWith([[line('FY27', 5), line('FY28', 6)]]), { main: null, total: [[null, 11]], currencies: [null], notSet: 0, notes: [/No budget line gives a currency/] }],
    [
      'null and missing amounts are not set, not zero',
      planWith([[line('FY27', null, { currency: 'USD' }), line('FY27', undefined, { currency: 'USD' })]]),
      { main: 'USD', total: [], currencies: ['USD'], notSet: 2, notes: [/^2 budget lines have no amount set; they are counted as not set, not as zero\.$/] },
    ],
    ['cents add up without binary noise', planWith([[line('FY27', 0.1, { currency: 'USD' }), line('FY27', 0.2, { currency: 'USD' })]]), { main: 'USD', total: [['USD', 0.3]], currencies: ['USD'], notSet: 0, notes: [] }],
    ['an amount of zero is set', planWith([[line('FY27', 0, { currency: 'USD' })]]), { main: 'USD', total: [['USD', 0]], currencies: ['USD'], notSet: 0, notes: [] }],
  ])('%s', (_name, document, expected) => {
    const summary = summarizeBudget(document);
    expect(summary.mainCurrency).toBe(expected.main);
    expect(summary.total.amounts.map((m) => [m.currency, m.amount])).toEqual(expected.total);
    expect(summary.currencies.map((c) => c.currency)).toEqual(expected.currencies);
    expect(summary.total.notSetLines).toBe(expected.notSet);
    expect(summary.notes).toHaveLength(expected.notes.length);
    expected.notes.forEach((pattern, i) => expect(summary.notes[i]).toMatch(pattern));
  });

  it('sorts fiscal years in time order and puts lines without a fund last', () => {
    const [usd] = summarizeBudget(planWith([[line('FY2030', 1, { currency: 'USD' }), line('FY2027', 2, { currency: 'USD', fund: 'B' }), line('FY2028', 3, { currency: 'USD', fund: 'A' })]])).currencies;
    expect(usd!.fiscalYears).toEqual(['FY2027', 'FY2028', 'FY2030']);
    expect(usd!.funds).toEqual(['B', 'A', null]);
    expect(usd!.cells.map((row) => row.map((c) => c.amount))).toEqual([[2, null, null], [null, 3, null], [null, null, 1]]);
  });

  it('costs a goal as the sum of its strategies, per currency, with FTE and hours even where the amount is not set', () => {
    const summary = summarizeBudget(
      planWith(
        [[line('FY27', 100, { currency: 'USD', fte: 1 })], [line('FY27', null, { currency: 'USD', fte: 0.5, hours: 40 }), line('FY27', 20, { currency: 'EUR' })]],
        [line('FY27', 7, { currency: 'USD', hours: 2 })],
      ),
    );
    expect(summary.goals).toEqual([
      { goalKey: 'G1', goalTitle: 'Reading', amounts: [{ currency: 'USD', amount: 100 }, { currency: 'EUR', amount: 20 }], lines: 3, notSetLines: 1, fte: 1.5, hours: 40 },
      { goalKey: 'G2', goalTitle: 'Belonging', amounts: [{ currency: 'USD', amount: 7 }], lines: 1, notSetLines: 0, fte: 0, hours: 2 },
    ]);
    expect(summary.strategies.map((s) => [s.strategyKey, s.amounts.length, s.fte])).toEqual([['G1.S1', 1, 1], ['G1.S2', 1, 0.5], ['G2.S1', 1, 0]]);
    expect(summary.total).toMatchObject({ fte: 1.5, hours: 42, lines: 4 });
  });
});

const riverbendPath = fileURLToPath(new URL('../../../../shared/spec/examples/riverbend-2026-2031.json', import.meta.url));
const hasRiverbend = existsSync(riverbendPath);
describe.skipIf(!hasRiverbend)(`summarizeBudget on the Riverbend example${hasRiverbend ? '' : ` (skipped: ${riverbendPath} is absent)`}`, () => {
  it('totals funds by fiscal year', () => {
    const summary = summarizeBudget(JSON.parse(readFileSync(riverbendPath, 'utf8')) as PlanDocument);
    const [usd] = summary.currencies;
    expect(usd).toMatchObject({ currency: 'USD', funds: ['General Fund', 'Title I, Part A'], fiscalYears: ['FY2027', 'FY2028'] });
    expect(usd!.cells.map((row) => row.map((c) => c.amount))).toEqual([[840000, null], [310000, 325000]]);
    expect(usd!.fundTotals.map((c) => c.amount)).toEqual([840000, 635000]);
    expect(usd!.fiscalYearTotals.map((c) => c.amount)).toEqual([1150000, 325000]);
    expect(summary.goals.find((g) => g.goalKey === 'G1')).toMatchObject({ amounts: [{ currency: 'USD', amount: 1475000 }], fte: 8 });
    expect(summary.notes).toEqual([]);
  });
});
