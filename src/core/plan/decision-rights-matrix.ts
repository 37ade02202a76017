import type { PlanDocument } from './format/plan-format.schema.js';

/** One decision of one strategy, with who holds which right and the letters per person column. */
export interface DecisionRightsRow {
  goalKey: string;
  strategyKey: string;
  strategyTitle: string;
  decision: string;
  responsible: string[];
  accountable: string | null;
  consulted: string[];
  informed: string[];
  /** Aligned with DecisionRightsMatrix.people: 'R', 'A', 'C', 'I', a combination such as 'RA', or ''. */
  letters: string[];
}

/** A RACI matrix: decisions as rows, people and roles as columns. */
export interface DecisionRightsMatrix {
  /** Each person or role once, in the order they first appear reading the plan top to bottom. */
  people: string[];
  rows: DecisionRightsRow[];
}

/**
 * Lays the decision rights of every strategy out as a RACI matrix. Names are trimmed and
 * compared exactly ("Principals" and "principals" stay two columns: the plan's wording is the
 * author's, and merging would hide a typo rather than show it). A decision with no rights at all
 * is still a row, so a missing accountable person is visible.
 */
export function decisionRightsMatrix(document: PlanDocument): DecisionRightsMatrix {
  const people: string[] = [];
  const drafts: Array<Omit<DecisionRightsRow, 'letters'>> = [];
  const distinct = (names: readonly string[] | undefined) => [...new Set((names ?? []).map((name) => name.trim()).filter(Boolean))];
  for (const goal of document.plan.goals) {
    for (const strategy of goal.strategies ?? []) {
      for (const right of strategy.decision_rights ?? []) {
        const row = {
          goalKey: goal.key,
          strategyKey: strategy.key,
          strategyTitle: strategy.title,
          decision: right.decision,
          responsible: distinct(right.responsible),
          accountable: right.accountable?.trim() || null,
          consulted: distinct(right.consulted),
          informed: distinct(right.informed),
        };
        for (const name of [...row.responsible, ...(row.accountable ? [row.accountable] : []), ...row.consulted, ...row.informed]) {
          if (!people.includes(name)) people.push(name);
        }
        drafts.push(row);
      }
    }
  }
  const rows = drafts.map((row) => ({
    ...row,
    letters: people.map(
      (name) =>
        (row.responsible.includes(name) ? 'R' : '') + (row.accountable === name ? 'A' : '') + (row.consulted.includes(name) ? 'C' : '') + (row.informed.includes(name) ? 'I' : ''),
    ),
  }));
  return { people, rows };
}
