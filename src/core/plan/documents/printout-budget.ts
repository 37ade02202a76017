import type { PlanDocument } from '../format/plan-format.schema.js';
import { summarizeBudget, type BudgetCell, type CostSummary, type CurrencyBudget } from '../budget-summary.js';
import { NO_VALUE, formatMoney, formatNumber } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { goalHeading } from './printout-goals.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

const NOT_SET = 'Not set';
export const UNNAMED_FUND = 'No fund named';

/**
 * The budget as the board reads it: per currency, a fund by fiscal year table with totals, then
 * what each goal costs. Totals come from summarizeBudget, the same as the budget views.
 */
export function budgetBlocks(document: PlanDocument, names: LevelNames): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, 'Budget')];
  const summary = summarizeBudget(document);
  if (summary.total.lines === 0) return [...blocks, paragraph('No budget lines in this plan yet.', 'muted')];
  for (const budget of summary.currencies) blocks.push(fundTable(budget, summary.currencies.length > 1));
  const goals = summary.goals.filter((goal) => goal.lines > 0);
  const goalOf = new Map(document.plan.goals.map((goal) => [goal.key, goal]));
  blocks.push({
    kind: 'table',
    caption: `Cost per ${names.goal.toLowerCase()}`,
    headers: [names.goal, 'Cost', 'FTE (all years)', 'Hours'],
    rows: [
      ...goals.map((goal) => [[goalHeading(goalOf.get(goal.goalKey)!, names)], ...costCells(goal)]),
      [['Whole plan'], ...costCells(summary.total)],
    ],
    widths: [6, 3, 1, 1],
    numeric: [1, 2, 3],
    hasTotalRow: true,
  });
  for (const note of summary.notes) blocks.push(paragraph(note, 'muted'));
  return blocks;
}

function fundTable(budget: CurrencyBudget, namesCurrency: boolean): PrintBlock {
  // A fund with no line in a year is empty; a line whose amount is not set yet says so.
  const money = (cell: BudgetCell) => (cell.lines === 0 ? NO_VALUE : cell.amount === null ? NOT_SET : formatMoney(cell.amount, budget.currency));
  return {
    kind: 'table',
    caption: `Budget by fund and fiscal year${namesCurrency ? ` (${budget.currency ?? 'no currency named'})` : ''}`,
    headers: ['Fund', ...budget.fiscalYears, 'Total'],
    rows: [
      ...budget.funds.map((fund, f) => [[fund ?? UNNAMED_FUND], ...budget.cells[f]!.map((cell) => [money(cell)]), [money(budget.fundTotals[f]!)]]),
      [['Total'], ...budget.fiscalYearTotals.map((cell) => [money(cell)]), [money(budget.total)]],
    ],
    widths: [4, ...budget.fiscalYears.map(() => 2), 2],
    numeric: budget.fiscalYears.map((_, i) => i + 1).concat(budget.fiscalYears.length + 1),
    hasTotalRow: true,
  };
}

/** Cost (one line per currency, and what is not set yet), FTE, hours. */
function costCells(cost: CostSummary): string[][] {
  const amounts = cost.amounts.map((money) => formatMoney(money.amount, money.currency));
  if (cost.notSetLines) amounts.push(`${cost.notSetLines} ${cost.notSetLines === 1 ? 'line' : 'lines'} not set`);
  return [amounts.length ? amounts : [NOT_SET], [cost.fte ? formatNumber(cost.fte) : NO_VALUE], [cost.hours ? formatNumber(cost.hours) : NO_VALUE]];
}
