import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readScorecard } from '../../monitoring/scorecard/read-scorecard.js';
import { strategyBankRepo, type AdoptionRow, type BankStrategyRow } from './strategy-bank.repo.js';

/**
 * The bank of the given networks, each strategy with how many districts use it and how it is going
 * for them: the computed status of each district's copy (its roll-up on the district's own
 * scorecard), counted; districts are named only when they agreed to be.
 */
export async function readStrategyBank(options: { db: Kysely<DB>; networkIds: readonly string[]; today: string; strategyId?: string }) {
  const { db, networkIds, today } = options;
  const strategies = (await strategyBankRepo.list(db, networkIds)).filter((row) => !options.strategyId || row.id === options.strategyId);
  const adoptions = await strategyBankRepo.listAdoptions(db, strategies.map((s) => s.id));
  const statusOf = await statusesOfCopies(db, adoptions, today);
  return strategies.map((row) => {
    const own = adoptions.filter((adoption) => adoption.strategy_id === row.id);
    const statuses: Record<string, number> = {};
    for (const adoption of own) {
      const status = statusOf.get(adoption.id) ?? 'no_data';
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    return presentBankStrategy(row, {
      districtCount: new Set(own.map((adoption) => adoption.organization_id)).size,
      statuses,
      namedDistricts: own.filter((adoption) => adoption.named_with_consent).map((adoption) => ({ name: adoption.district_name, status: statusOf.get(adoption.id) ?? 'no_data' })),
    });
  });
}

/** One scorecard read per adopting plan (not per adoption), through monitoring's own use-case. */
async function statusesOfCopies(db: Kysely<DB>, adoptions: readonly AdoptionRow[], today: string) {
  const statusOf = new Map<string, string>();
  const plans = new Map<string, AdoptionRow[]>();
  for (const adoption of adoptions) plans.set(adoption.plan_id, [...(plans.get(adoption.plan_id) ?? []), adoption]);
  for (const [planId, rows] of plans) {
    const scorecard = await readScorecard({ db, organizationId: rows[0]!.organization_id, planId, today }).catch(() => null);
    const strategies = new Map((scorecard?.goals ?? []).flatMap((goal) => goal.strategies.map((strategy) => [strategy.key, strategy.rollUp.status] as const)));
    for (const row of rows) {
      const status = strategies.get(row.element_key);
      if (status) statusOf.set(row.id, status);
      else statusOf.set(row.id, 'removed');
    }
  }
  return statusOf;
}

export function presentBankStrategy(row: BankStrategyRow, use: { districtCount: number; statuses: Record<string, number>; namedDistricts: Array<{ name: string; status: string }> }) {
  return {
    id: row.id,
    networkId: row.organization_id,
    networkName: row.network_name,
    title: row.title,
    summary: row.summary,
    essaTier: row.essa_tier,
    studyCitation: row.study_citation,
    studyUrl: row.study_url,
    problems: row.problems as string[],
    cost: row.cost,
    measures: row.measures as Array<{ name: string; unit?: string }>,
    actions: row.actions as string[],
    use,
    version: row.version,
  };
}
