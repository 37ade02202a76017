import type { Kysely } from 'kysely';
import { populationKeyOf, type PopulationDimension } from '../../../core/engagement/population/population-groups.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { populationRepo } from './population.repo.js';
import { presentPopulation } from './population.present.js';

/**
 * Replaces one school's (or the district's) list for one dimension, as a new version of the
 * population. Keys come from labels when not given; two groups of one list may not share a key,
 * since a survey option is matched to exactly one. The caller names the version it started from.
 */
export async function savePopulationList(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  version: number;
  list: { school: string; dimension: PopulationDimension; groups: { key?: string; label: string; count: number }[] };
}) {
  const { db, actor, organizationId, version, list } = options;
  const groups = list.groups.map((group) => ({ key: group.key ?? populationKeyOf(group.label), label: group.label, count: group.count }));
  const firstAt = new Map<string, number>();
  groups.forEach((group, at) => {
    const earlier = firstAt.get(group.key);
    if (earlier !== undefined) throw invalidInput(`/groups/${at}/${list.groups[at]!.key ? 'key' : 'label'}`, `names the same group as /groups/${earlier}`, { code: 'duplicate' });
    firstAt.set(group.key, at);
  });
  return inTransaction(db, async (trx) => {
    const header = await populationRepo.findHeader(trx, organizationId, { lock: true });
    const current = header?.version ?? 0;
    const before = presentPopulation(current, await populationRepo.listGroups(trx, organizationId));
    if (version !== current) throw new AppError('conflict', 'Someone saved the population meanwhile; review it and try again', [], { current: before });
    await populationRepo.replaceList(trx, organizationId, { school: list.school, dimension: list.dimension, groups });
    await populationRepo.writeHeader(trx, organizationId, actor.userId, current + 1);
    const after = presentPopulation(current + 1, await populationRepo.listGroups(trx, organizationId));
    const listOf = (population: typeof before) => population.lists.find((l) => l.school === list.school && l.dimension === list.dimension) ?? null;
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'population.saved',
      entityType: 'population',
      entityId: organizationId,
      before: listOf(before) ?? undefined,
      after: listOf(after) ?? { school: list.school, dimension: list.dimension, groups: [] },
    });
    return after;
  });
}
