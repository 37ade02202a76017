import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import { improvementRepo } from './improvement.repo.js';

export interface OutlineStrategy {
  key: string;
  title: string;
  goalKey: string | null;
  goalTitle: string | null;
  actions: { key: string; title: string }[];
}

const titleOf = (fields: unknown) => String((fields as { title?: unknown } | null)?.title ?? '');

/**
 * The plan's live strategies, each with the goal above it and its actions: what improvement work
 * hangs on. Read from the working copy, so a strategy added in an amendment can start a cycle.
 */
export async function loadStrategyOutline(db: Kysely<DB>, organizationId: string, planId: string): Promise<OutlineStrategy[]> {
  const rows = await improvementRepo.listPlanElements(db, organizationId, planId);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const strategies = rows
    .filter((row) => row.kind === 'strategy')
    .map((row) => {
      const goal = row.parent_id ? byId.get(row.parent_id) : undefined;
      return {
        id: row.id,
        order: [goal?.position ?? -1, goal?.key ?? '', row.position] as const,
        strategy: { key: row.key, title: titleOf(row.fields), goalKey: goal?.key ?? null, goalTitle: goal ? titleOf(goal.fields) : null, actions: [] as OutlineStrategy['actions'] },
      };
    });
  const byStrategyId = new Map(strategies.map((s) => [s.id, s.strategy]));
  for (const row of rows) if (row.kind === 'action' && row.parent_id) byStrategyId.get(row.parent_id)?.actions.push({ key: row.key, title: titleOf(row.fields) });
  // Goals in their order, then the strategies of each in theirs.
  return strategies.sort((a, b) => a.order[0] - b.order[0] || a.order[1].localeCompare(b.order[1]) || a.order[2] - b.order[2]).map((s) => s.strategy);
}

/** The kind of a live strategy or action of the plan; anything else is a 400 naming the field. */
export function elementKindOf(outline: readonly OutlineStrategy[], key: string, field: string, kinds: ReadonlyArray<'strategy' | 'action'> = ['strategy', 'action']): 'strategy' | 'action' {
  if (kinds.includes('strategy') && outline.some((s) => s.key === key)) return 'strategy';
  if (kinds.includes('action') && outline.some((s) => s.actions.some((a) => a.key === key))) return 'action';
  throw invalidInput(field, kinds.length === 1 ? `is not a ${kinds[0]} of this plan` : 'is not a strategy or action of this plan', { code: 'not_in_this_plan' });
}

/** The keys that make up one strategy's history: the strategy and its actions. */
export function keysOfStrategy(outline: readonly OutlineStrategy[], strategyKey: string): string[] {
  const strategy = outline.find((s) => s.key === strategyKey);
  return [strategyKey, ...(strategy?.actions.map((a) => a.key) ?? [])];
}
