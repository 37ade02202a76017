import { z } from 'zod';
import { planCheckCodes } from '../../../core/plan/plan-checks.js';

export const PlanCheck = z
  .object({
    key: z.string().nullable(),
    level: z.enum(['goal', 'measure', 'strategy', 'action', 'plan']),
    code: z.enum(planCheckCodes),
    severity: z.enum(['warning', 'info']),
    message: z.string(),
    field: z.string().optional(),
  })
  .meta({ id: 'PlanCheck' });

export const DecisionRights = z
  .object({
    /** Each person or role once, in the order they first appear reading the plan. */
    people: z.array(z.string()),
    rows: z.array(
      z.object({
        goalKey: z.string(),
        strategyKey: z.string(),
        strategyTitle: z.string(),
        decision: z.string(),
        responsible: z.array(z.string()),
        accountable: z.string().nullable(),
        consulted: z.array(z.string()),
        informed: z.array(z.string()),
        /** Aligned with people: 'R', 'A', 'C', 'I', a combination such as 'RA', or ''. */
        letters: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'DecisionRights' });

/** A sum of budget lines; amount is null when no line in it has one ("not set" is not zero). */
const BudgetCell = z.object({ amount: z.number().nullable(), lines: z.number().int(), notSetLines: z.number().int() });
const CostSummary = z.object({
  amounts: z.array(z.object({ currency: z.string().nullable(), amount: z.number() })),
  lines: z.number().int(),
  notSetLines: z.number().int(),
  fte: z.number(),
  hours: z.number(),
});

export const BudgetSummary = z
  .object({
    mainCurrency: z.string().nullable(),
    assumedCurrencyLines: z.number().int(),
    notes: z.array(z.string()),
    currencies: z.array(
      z.object({
        currency: z.string().nullable(),
        funds: z.array(z.string().nullable()),
        fiscalYears: z.array(z.string()),
        /** cells[fund][fiscalYear], aligned with funds and fiscalYears. */
        cells: z.array(z.array(BudgetCell)),
        fundTotals: z.array(BudgetCell),
        fiscalYearTotals: z.array(BudgetCell),
        total: BudgetCell,
      }),
    ),
    strategies: z.array(CostSummary.extend({ goalKey: z.string(), strategyKey: z.string(), strategyTitle: z.string() })),
    goals: z.array(CostSummary.extend({ goalKey: z.string(), goalTitle: z.string() })),
    total: CostSummary,
  })
  .meta({ id: 'BudgetSummary' });
