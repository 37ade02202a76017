import type { PlanDocument } from '../format/plan-format.schema.js';
import { summarizeBudget, type BudgetCell, type CostSummary, type CurrencyBudget } from '../budget-summary.js';
import { NO_VALUE, formatMoney, formatNumber } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { goalHeading } from './printout-goals.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';

export const UNNAMED_FUND = printoutWords.en.noFund;

/**
 * The budget as the board reads it: per currency, a fund by fiscal year table with totals, then
 * what each goal costs. Totals come from summarizeBudget, the same as the budget views.
 */
export function budgetBlocks(document: PlanDocument, names: LevelNames, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.budget)];
  const summary = summarizeBudget(document);
  if (summary.total.lines === 0) return [...blocks, paragraph(words.noBudget, 'muted')];
  for (const budget of summary.currencies) blocks.push(fundTable(budget, summary.currencies.length > 1, words));
  const goals = summary.goals.filter((goal) => goal.lines > 0);
  const goalOf = new Map(document.plan.goals.map((goal) => [goal.key, goal]));
  blocks.push({
    kind: 'table',
    caption: words.costPer(names.goal),
    headers: words.costColumns(names.goal),
    rows: [
      ...goals.map((goal) => [[goalHeading(goalOf.get(goal.goalKey)!, names, words)], ...costCells(goal, words)]),
      [[words.wholePlan], ...costCells(summary.total, words)],
    ],
    widths: [6, 3, 1, 1],
    numeric: [1, 2, 3],
    hasTotalRow: true,
  });
  for (const note of summary.notes) blocks.push(paragraph(note, 'muted'));
  return blocks;
}

function fundTable(budget: CurrencyBudget, namesCurrency: boolean, words: PrintoutWords): PrintBlock {
  // A fund with no line in a year is empty; a line whose amount is not set yet says so.
  const money = (cell: BudgetCell) => (cell.lines === 0 ? NO_VALUE : cell.amount === null ? words.notSet : formatMoney(cell.amount, budget.currency, words));
  return {
    kind: 'table',
    caption: words.byFund(namesCurrency ? (budget.currency ?? words.noCurrency) : null),
    headers: [words.fund, ...budget.fiscalYears, words.total],
    rows: [
      ...budget.funds.map((fund, f) => [[fund ?? words.noFund], ...budget.cells[f]!.map((cell) => [money(cell)]), [money(budget.fundTotals[f]!)]]),
      [[words.total], ...budget.fiscalYearTotals.map((cell) => [money(cell)]), [money(budget.total)]],
    ],
    widths: [4, ...budget.fiscalYears.map(() => 2), 2],
    numeric: budget.fiscalYears.map((_, i) => i + 1).concat(budget.fiscalYears.length + 1),
    hasTotalRow: true,
  };
}

/** Cost (one line per currency, and what is not set yet), FTE, hours. */
function costCells(cost: CostSummary, words: PrintoutWords): string[][] {
  const amounts = cost.amounts.map((money) => formatMoney(money.amount, money.currency, words));
  if (cost.notSetLines) amounts.push(words.linesNotSet(cost.notSetLines));
  return [amounts.length ? amounts : [words.notSet], [cost.fte ? formatNumber(cost.fte, words) : NO_VALUE], [cost.hours ? formatNumber(cost.hours, words) : NO_VALUE]];
}
