import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readScorecard } from '../scorecard/read-scorecard.js';
import { listOwedUpdates } from '../updates/list-owed-updates.js';
import type { OverdueUpdate, ScorecardForAgenda } from './build-check-in-agenda.js';
import { checkInsRepo } from './check-ins.repo.js';

/**
 * What a check-in's agenda is built from, as the district's monitoring sees it on `today`: the
 * plan's scorecard (computed statuses, roll-ups, reported and overdue actions) and the updates
 * owners owe on this plan that are past due.
 */
export async function readAgendaSources(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string }): Promise<{ scorecard: ScorecardForAgenda; overdueUpdates: OverdueUpdate[] }> {
  const { db, organizationId, planId, today } = options;
  const [scorecard, owed] = await Promise.all([readScorecard({ db, organizationId, planId, today }), listOwedUpdates({ db, organizationId, today })]);
  const overdue = owed.filter((item) => item.planId === planId && item.state === 'overdue');
  const names = new Map((await checkInsRepo.listNames(db, [...new Set(overdue.map((item) => item.userId))])).map((u) => [u.id, u.name]));
  return {
    scorecard,
    overdueUpdates: overdue.map((item) => ({
      elementKey: item.elementKey,
      kind: item.kind,
      name: item.name,
      goalKey: item.goalKey,
      periodLabel: item.periodLabel,
      dueOn: item.dueOn,
      ownerName: names.get(item.userId) ?? null,
    })),
  };
}
