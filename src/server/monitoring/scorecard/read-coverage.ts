import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ScheduledPeriod } from '../../../core/monitoring/monitoring-types.js';
import { elementSchedule } from '../updates/element-periods.js';
import { loadPlanMonitoring } from './load-plan-monitoring.js';
import { scorecardRepo } from './scorecard.repo.js';

type Owner = { userId: string; name: string };
interface Item {
  key: string;
  kind: 'measure' | 'action';
  name: string;
  goalKey: string;
  owner: Owner | null;
  isNeverUpdated: boolean;
  /** The overdue chain: every fallen-due period since the last one with an update, oldest first. */
  overdue: { periodLabel: string; dueOn: string; daysOverdue: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Who owns what and who is behind, for the plan's measures and actions, on the schedule owners
 * post updates against (elementSchedule: a measure on its cadence, an action each quarter):
 * - unowned: no owner named in the application;
 * - never updated: at least one update has fallen due and none was ever posted;
 * - overdue: the chain of periods whose due date has passed since the last one with an update
 *   (all of them when none has one), one row per element and period, with the days since it
 *   fell due; an owner who missed three quarters in a row has three rows.
 * Completed and canceled actions owe nothing. Counted again by owner and by goal, in elements
 * (an element with an overdue chain counts once).
 */
export async function readCoverage(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string }) {
  const { today } = options;
  const [data, updated, progress] = await Promise.all([
    loadPlanMonitoring(options),
    scorecardRepo.listUpdatedPeriods(options.db, options.planId),
    scorecardRepo.listLatestActionProgress(options.db, options.planId),
  ]);
  const planPeriod = data.plan.header.plan.period;
  const scheduleOf = (kind: 'measure' | 'action', key: string, fields: Record<string, unknown>) => elementSchedule({ element: { kind, key, fields }, planPeriod, settings: data.settings });
  const periodsDone = new Map<string, Set<string>>();
  for (const row of updated) periodsDone.set(row.element_key, (periodsDone.get(row.element_key) ?? new Set()).add(row.period_label));
  const statusOf = new Map(progress.map((p) => [p.element_key, p.action_status]));

  const item = (key: string, kind: Item['kind'], name: string, goalKey: string, schedule: ScheduledPeriod[], owesNothing: boolean): Item => {
    const done = periodsDone.get(key);
    const fallenDue = schedule.filter((p) => p.dueOn < today);
    let lastDone = fallenDue.length - 1;
    while (lastDone >= 0 && !done?.has(fallenDue[lastDone]!.label)) lastDone--;
    const chain = owesNothing ? [] : fallenDue.slice(lastDone + 1);
    return {
      key,
      kind,
      name,
      goalKey,
      owner: data.owners.get(key) ?? null,
      isNeverUpdated: !owesNothing && !done && fallenDue.length > 0,
      overdue: chain.map((p) => ({ periodLabel: p.label, dueOn: p.dueOn, daysOverdue: daysFrom(p.dueOn, today) })),
    };
  };
  const items: Item[] = [
    ...data.tree.measures.map((m) =>
      item(m.key, 'measure', m.fields.name, m.goalKey, scheduleOf('measure', m.key, m.fields), false),
    ),
    ...data.tree.actions.map((a) => {
      const status = statusOf.get(a.key) ?? a.fields.status;
      return item(a.key, 'action', a.fields.title, a.goalKey, scheduleOf('action', a.key, a.fields), status === 'complete' || status === 'canceled');
    }),
  ];

  const ref = (i: Item) => ({ key: i.key, kind: i.kind, name: i.name });
  const owners = new Map<string, { userId: string; name: string; owned: number; overdue: number; neverUpdated: number }>();
  for (const i of items) {
    if (!i.owner) continue;
    const row = owners.get(i.owner.userId) ?? { userId: i.owner.userId, name: i.owner.name, owned: 0, overdue: 0, neverUpdated: 0 };
    row.owned += 1;
    if (i.overdue.length > 0) row.overdue += 1;
    if (i.isNeverUpdated) row.neverUpdated += 1;
    owners.set(i.owner.userId, row);
  }
  return {
    unowned: items.filter((i) => !i.owner).map(ref),
    neverUpdated: items.filter((i) => i.isNeverUpdated).map((i) => ({ ...ref(i), owner: i.owner })),
    overdue: items.flatMap((i) => i.overdue.map((period) => ({ ...ref(i), owner: i.owner, ...period }))).sort((a, b) => b.daysOverdue - a.daysOverdue || a.key.localeCompare(b.key)),
    byOwner: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
    byGoal: data.tree.goals.map((goal) => {
      const under = items.filter((i) => i.goalKey === goal.key);
      return {
        goalKey: goal.key,
        title: goal.fields.title,
        owned: under.filter((i) => i.owner).length,
        unowned: under.filter((i) => !i.owner).length,
        overdue: under.filter((i) => i.overdue.length > 0).length,
        neverUpdated: under.filter((i) => i.isNeverUpdated).length,
      };
    }),
  };
}
