import type { BudgetLine, PlanDocument } from './format/plan-format.schema.js';

/** A sum of budget lines. `amount` is null when no line in it has an amount: "not set" is not zero. */
export interface BudgetCell {
  amount: number | null;
  /** Lines summed here, with or without an amount. */
  lines: number;
  /** Lines whose amount is null or missing. */
  notSetLines: number;
}

/** One currency's fund-by-fiscal-year matrix, with row and column totals. */
export interface CurrencyBudget {
  /** Null only when no line of the plan names a currency. */
  currency: string | null;
  /** Rows, in the order funds first appear; null for lines that name no fund, last. */
  funds: Array<string | null>;
  /** Columns, in time order ("FY2027" before "FY2028", numbers compared as numbers). */
  fiscalYears: string[];
  /** cells[fund][fiscalYear], aligned with funds and fiscalYears. */
  cells: BudgetCell[][];
  fundTotals: BudgetCell[];
  fiscalYearTotals: BudgetCell[];
  total: BudgetCell;
}

/** An amount in one currency; amounts in different currencies are never added. */
export interface Money {
  currency: string | null;
  amount: number;
}

/** What a strategy, a goal or the plan costs: money per currency, people and time. */
export interface CostSummary {
  /** One entry per currency with at least one set amount, the main currency first. */
  amounts: Money[];
  lines: number;
  notSetLines: number;
  fte: number;
  hours: number;
}

/** A plan's budget totalled every way the budget views need; see summarizeBudget. */
export interface BudgetSummary {
  /** The currency most lines name (the first one seen on a tie); lines without a currency count in it. */
  mainCurrency: string | null;
  /** Lines that gave no currency and were counted in the main currency. */
  assumedCurrencyLines: number;
  /** Plain-English notes on how the totals were made (assumed currency, amounts not set, currencies apart). */
  notes: string[];
  /** One matrix per currency, the main currency first, then alphabetical. */
  currencies: CurrencyBudget[];
  strategies: Array<{ goalKey: string; strategyKey: string; strategyTitle: string } & CostSummary>;
  /** Each goal (of every kind) costs the sum of its strategies. */
  goals: Array<{ goalKey: string; goalTitle: string } & CostSummary>;
  total: CostSummary;
}

const collator = new Intl.Collator('en', { numeric: true });
/** Binary floating point turns 0.1 + 0.2 into 0.30000000000000004; six decimals is more than any budget uses. */
const tidy = (sum: number) => Number(sum.toFixed(6));

/**
 * Totals a plan's budget lines: per fund and fiscal year for each currency, per strategy, per goal
 * and for the plan, with FTE and hours. Currencies are kept apart; a line without a currency is
 * counted in the plan's main currency, and the notes say so. A line whose amount is null or
 * missing is counted as "not set" (notSetLines), never as zero, but its FTE and hours still count.
 */
export function summarizeBudget(document: PlanDocument): BudgetSummary {
  const placed = document.plan.goals.flatMap((goal) =>
    (goal.strategies ?? []).flatMap((strategy) => (strategy.budget ?? []).map((line) => ({ goal, strategy, line }))),
  );
  const mainCurrency = mostUsedCurrency(placed.map((p) => p.line));
  const currencyOf = (line: BudgetLine) => line.currency ?? mainCurrency;
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === mainCurrency ? -1 : b === mainCurrency ? 1 : collator.compare(a ?? '', b ?? ''));
  const costOf = (lines: BudgetLine[]): CostSummary => {
    const byCurrency = new Map<string | null, number>();
    for (const line of lines) if (typeof line.amount === 'number') byCurrency.set(currencyOf(line), (byCurrency.get(currencyOf(line)) ?? 0) + line.amount);
    return {
      amounts: [...byCurrency].sort(([a], [b]) => order(a, b)).map(([currency, amount]) => ({ currency, amount: tidy(amount) })),
      lines: lines.length,
      notSetLines: lines.filter((line) => typeof line.amount !== 'number').length,
      fte: tidy(lines.reduce((sum, line) => sum + (line.fte ?? 0), 0)),
      hours: tidy(lines.reduce((sum, line) => sum + (line.hours ?? 0), 0)),
    };
  };

  const lines = placed.map((p) => p.line);
  const currencies = [...new Set(lines.map(currencyOf))].sort(order).map((currency) => matrixOf(currency, lines.filter((line) => currencyOf(line) === currency)));
  const assumedCurrencyLines = mainCurrency ? lines.filter((line) => !line.currency).length : 0;
  const total = costOf(lines);
  return {
    mainCurrency,
    assumedCurrencyLines,
    notes: notesOn(mainCurrency, assumedCurrencyLines, total, currencies.length),
    currencies,
    strategies: document.plan.goals.flatMap((goal) =>
      (goal.strategies ?? []).map((strategy) => ({ goalKey: goal.key, strategyKey: strategy.key, strategyTitle: strategy.title, ...costOf(strategy.budget ?? []) })),
    ),
    goals: document.plan.goals.map((goal) => ({ goalKey: goal.key, goalTitle: goal.title, ...costOf(placed.filter((p) => p.goal === goal).map((p) => p.line)) })),
    total,
  };
}

function mostUsedCurrency(lines: BudgetLine[]): string | null {
  const uses = new Map<string, number>();
  for (const line of lines) if (line.currency) uses.set(line.currency, (uses.get(line.currency) ?? 0) + 1);
  let best: string | null = null;
  // Map keeps insertion order, so on a tie the currency seen first in the plan wins.
  for (const [currency, count] of uses) if (best === null || count > uses.get(best)!) best = currency;
  return best;
}

function matrixOf(currency: string | null, lines: BudgetLine[]): CurrencyBudget {
  const named = [...new Set(lines.map((line) => line.fund ?? null))];
  const funds = [...named.filter((fund) => fund !== null), ...(named.includes(null) ? [null] : [])];
  const fiscalYears = [...new Set(lines.map((line) => line.fiscal_year))].sort(collator.compare);
  const sumOf = (selected: BudgetLine[]): BudgetCell => {
    const set = selected.filter((line) => typeof line.amount === 'number');
    return { amount: set.length ? tidy(set.reduce((sum, line) => sum + line.amount!, 0)) : null, lines: selected.length, notSetLines: selected.length - set.length };
  };
  const ofFund = (fund: string | null) => lines.filter((line) => (line.fund ?? null) === fund);
  return {
    currency,
    funds,
    fiscalYears,
    cells: funds.map((fund) => fiscalYears.map((year) => sumOf(ofFund(fund).filter((line) => line.fiscal_year === year)))),
    fundTotals: funds.map((fund) => sumOf(ofFund(fund))),
    fiscalYearTotals: fiscalYears.map((year) => sumOf(lines.filter((line) => line.fiscal_year === year))),
    total: sumOf(lines),
  };
}

function notesOn(mainCurrency: string | null, assumed: number, total: CostSummary, currencyCount: number): string[] {
  const lines = (n: number) => (n === 1 ? '1 budget line' : `${n} budget lines`);
  const notes: string[] = [];
  if (assumed) notes.push(`${lines(assumed)} ${assumed === 1 ? 'gives' : 'give'} no currency and ${assumed === 1 ? 'is' : 'are'} counted in ${mainCurrency}, the currency most lines use.`);
  if (!mainCurrency && total.lines) notes.push('No budget line gives a currency, so amounts are shown without one.');
  if (currencyCount > 1) notes.push('Amounts in different currencies are totalled separately, never added together.');
  if (total.notSetLines) notes.push(`${lines(total.notSetLines)} ${total.notSetLines === 1 ? 'has' : 'have'} no amount set; ${total.notSetLines === 1 ? 'it is' : 'they are'} counted as not set, not as zero.`);
  return notes;
}
