import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, elementName, elementSchedule, periodState } from './element-periods.js';
import { loadMonitoringSettings } from './save-monitoring-settings.js';
import { listElementOwners } from '../../plan/owners/read-element-owners.js';
import { updatesRepo, type ElementRow } from './updates.repo.js';

export interface MyUpdateItem {
  planId: string;
  planTitle: string;
  elementKey: string;
  kind: 'measure' | 'action';
  name: string;
  periodLabel: string;
  dueOn: string;
  closesOn: string;
  state: 'due' | 'overdue' | 'done';
  lastUpdatedAt: string | null;
}

export interface OwedUpdate extends MyUpdateItem {
  userId: string;
  /** The goal the measure or action serves, for grouping a digest. */
  goalKey: string | null;
}

const stateRank = { overdue: 0, due: 1, done: 2 } as const;

/**
 * What owners owe across the district's adopted (or amending) plans on `today`: every period of
 * an owned measure or action from `remindDaysBefore` days before its due date until it closes,
 * unless its update is in, plus each element's latest period that is done. Overdue first, then
 * due soonest, then done. One person's when `userId` is given (My updates), everyone's otherwise
 * (the reminder sweep).
 */
export async function listOwedUpdates(options: { db: Kysely<DB>; organizationId: string; today: string; userId?: string }): Promise<OwedUpdate[]> {
  const { db, organizationId, today, userId } = options;
  const plans = await updatesRepo.listMonitoredPlans(db, organizationId);
  const planIds = plans.map((p) => p.id);
  const owners = await listElementOwners(db, organizationId, planIds, userId);
  if (owners.length === 0) return [];
  const ownedPlanIds = [...new Set(owners.map((o) => o.planId))];
  const [elements, postedRows, settings] = await Promise.all([
    updatesRepo.listElements(db, ownedPlanIds),
    updatesRepo.listPostedPeriods(db, organizationId, ownedPlanIds),
    loadMonitoringSettings(db, organizationId),
  ]);
  const elementById = new Map(elements.map((e) => [e.id, e]));
  const elementByKey = new Map(elements.map((e) => [`${e.plan_id}\n${e.key}`, e]));
  const posted = new Map<string, Map<string, string>>();
  for (const row of postedRows) {
    const key = `${row.plan_id}\n${row.element_key}`;
    if (!posted.has(key)) posted.set(key, new Map());
    posted.get(key)!.set(row.period_label, new Date(row.last_created_at as Date | string).toISOString());
  }
  const planById = new Map(plans.map((p) => [p.id, p]));

  const items: OwedUpdate[] = [];
  for (const owner of owners) {
    const element = elementByKey.get(`${owner.planId}\n${owner.elementKey}`);
    if (!element || (element.kind !== 'measure' && element.kind !== 'action')) continue;
    const plan = planById.get(owner.planId)!;
    const kind = element.kind;
    const done = posted.get(`${owner.planId}\n${owner.elementKey}`) ?? new Map<string, string>();
    const lastUpdatedAt = [...done.values()].sort().at(-1) ?? null;
    const schedule = elementSchedule({ element: { ...element, kind }, planPeriod: plan.header.plan.period, settings });
    const base = { planId: plan.id, planTitle: plan.title, elementKey: element.key, kind, name: elementName({ ...element, kind }), lastUpdatedAt, userId: owner.userId, goalKey: goalKeyOf(element, elementById) };
    for (const period of schedule) {
      if (done.has(period.label)) continue;
      if (today < addDays(period.dueOn, -settings.remindDaysBefore) || today > period.closesOn) continue;
      const state = periodState(period, { today, isDone: false, remindDaysBefore: settings.remindDaysBefore }) as 'due' | 'overdue';
      items.push({ ...base, periodLabel: period.label, dueOn: period.dueOn, closesOn: period.closesOn, state });
    }
    const lastDone = schedule.filter((p) => done.has(p.label)).at(-1);
    if (lastDone) items.push({ ...base, periodLabel: lastDone.label, dueOn: lastDone.dueOn, closesOn: lastDone.closesOn, state: 'done' });
  }
  return items.sort(
    (a, b) =>
      stateRank[a.state] - stateRank[b.state] ||
      (a.state === 'done' ? b.dueOn.localeCompare(a.dueOn) : a.dueOn.localeCompare(b.dueOn)) ||
      a.planTitle.localeCompare(b.planTitle) ||
      a.name.localeCompare(b.name) ||
      a.elementKey.localeCompare(b.elementKey),
  );
}

/** The goal above a measure or action: its parent, or its strategy's parent. */
function goalKeyOf(element: ElementRow, byId: ReadonlyMap<string, ElementRow>): string | null {
  let current: ElementRow | undefined = element;
  while (current && current.kind !== 'goal') current = current.parent_id ? byId.get(current.parent_id) : undefined;
  return current?.key ?? null;
}
