import type { z } from 'zod';
import { planDocumentSchema, type PlanDocument } from './plan-format.schema.js';

export interface PlanProblem {
  /** JSON pointer into the document, e.g. "/plan/goals/0/measures/0/unit". */
  path: string;
  message: string;
}

export type PlanValidation = { ok: true; document: PlanDocument } | { ok: false; problems: PlanProblem[] };

export const MAX_PLAN_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * Checks a whole document before anything is stored: the schema, then what the schema cannot
 * say (a key used twice, an interim goal whose parent is not a goal of the document). Every
 * problem is reported, each with its JSON path.
 */
export function validatePlanDocument(input: unknown): PlanValidation {
  const parsed = planDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const problems = keyProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, document: parsed.data };
}

export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function problemsOf(error: z.ZodError): PlanProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ path: toPointer([...issue.path, k]), message: 'is not a field of this format; put it in "extensions"' }));
    }
    // zod keeps no input in its issues, so "missing" is read from its words: a document that is a
    // number is not "required", it is of the wrong type (the fuzz suite sent one).
    if (issue.code === 'invalid_type' && (issue.message === 'is required' || /received undefined$/.test(issue.message))) {
      return [{ path: toPointer(issue.path), message: 'is required' }];
    }
    return [{ path: toPointer(issue.path), message: issue.message }];
  });
}

function keyProblems(document: PlanDocument): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const firstUse = new Map<string, string>();
  const use = (key: string, path: string) => {
    const earlier = firstUse.get(key);
    if (earlier) problems.push({ path, message: `the key "${key}" is already used at ${earlier}` });
    else firstUse.set(key, path);
  };
  const goalKeys = new Set(document.plan.goals.filter((g) => (g.kind ?? 'goal') === 'goal').map((g) => g.key));
  document.plan.goals.forEach((goal, g) => {
    const goalPath = `/plan/goals/${g}`;
    use(goal.key, `${goalPath}/key`);
    if (goal.kind === 'interim_goal' && (!goal.parent || !goalKeys.has(goal.parent))) {
      problems.push({
        path: `${goalPath}/parent`,
        message: goal.parent ? `"${goal.parent}" is not the key of a goal in this document` : 'an interim goal needs the key of the goal it serves',
      });
    }
    goal.measures?.forEach((m, i) => use(m.key, `${goalPath}/measures/${i}/key`));
    goal.strategies?.forEach((strategy, s) => {
      const strategyPath = `${goalPath}/strategies/${s}`;
      use(strategy.key, `${strategyPath}/key`);
      strategy.measures?.forEach((m, i) => use(m.key, `${strategyPath}/measures/${i}/key`));
      strategy.actions?.forEach((a, i) => use(a.key, `${strategyPath}/actions/${i}/key`));
    });
  });
  return problems;
}
