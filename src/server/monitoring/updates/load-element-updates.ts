import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import { elementName, elementSchedule, periodState, todayUtc, type MonitoredElement } from './element-periods.js';
import { loadMonitoringSettings } from './save-monitoring-settings.js';
import { findElementOwner } from '../../plan/owners/read-element-owners.js';
import { monitoredLifecycles, updatesRepo, type PlanRow } from './updates.repo.js';
import { presentUpdate } from './updates.present.js';

/** The plan, the measure or action of that key, and the district's settings; 404 when either is missing. */
export async function loadMonitoredElement(db: Kysely<DB>, organizationId: string, planId: string, elementKey: string) {
  const [plan, element, settings] = await Promise.all([
    updatesRepo.findPlan(db, organizationId, planId),
    updatesRepo.findElement(db, planId, elementKey),
    loadMonitoringSettings(db, organizationId),
  ]);
  if (!plan) throw notFound('Plan');
  if (!element || (element.kind !== 'measure' && element.kind !== 'action')) throw notFound('Measure or action');
  return { plan, element: { ...element, kind: element.kind }, settings };
}

/** Whether updates may be posted for the plan's elements at all: once adopted, also while amended. */
export const isMonitored = (plan: Pick<PlanRow, 'lifecycle'>) => monitoredLifecycles.includes(plan.lifecycle);

/** Who may post: managers for any element, others with monitoring.update for the elements they own. */
export function mayUpdate(options: { plan: Pick<PlanRow, 'lifecycle'>; ownerId: string | null; userId: string | null; canUpdate: boolean; canManage: boolean }) {
  if (!isMonitored(options.plan) || !options.canUpdate) return false;
  return options.canManage || (options.userId !== null && options.ownerId === options.userId);
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * An element's update history: its reporting periods with where each stands today, and every
 * revision of every update, newest first, with its evidence files.
 */
export async function loadElementUpdates(options: {
  db: Kysely<DB>;
  organizationId: string;
  planId: string;
  elementKey: string;
  userId: string | null;
  canUpdate: boolean;
  canManage: boolean;
  today?: string;
}) {
  const { db, organizationId, planId, elementKey } = options;
  const today = options.today ?? todayUtc();
  const { plan, element, settings } = await loadMonitoredElement(db, organizationId, planId, elementKey);
  const [owner, updates, postedGroups] = await Promise.all([
    findElementOwner(db, organizationId, planId, elementKey),
    updatesRepo.listUpdates(db, planId, elementKey),
    element.kind === 'measure' ? updatesRepo.listActualSubgroups(db, planId, elementKey) : Promise.resolve([]),
  ]);
  const evidence = await updatesRepo.listEvidence(db, updates.map((u) => u.id));
  const posted = new Set(updates.map((u) => u.period_label));
  const periods = elementSchedule({ element, planPeriod: plan.header.plan.period, settings }).map((period) => ({
    ...period,
    state: periodState(period, { today, isDone: posted.has(period.label), remindDaysBefore: settings.remindDaysBefore }),
  }));
  return {
    planId: plan.id,
    planTitle: plan.title,
    elementKey: element.key,
    kind: element.kind,
    name: elementName(element),
    unit: element.kind === 'measure' ? text(element.fields.unit) : undefined,
    unitLabel: element.kind === 'measure' ? text(element.fields.unit_label) : undefined,
    direction: element.kind === 'measure' ? text(element.fields.direction) : undefined,
    subgroups: element.kind === 'measure' ? subgroupsOf(element, postedGroups) : [],
    owner: owner ? { userId: owner.userId, name: owner.name } : null,
    canUpdate: mayUpdate({ plan, ownerId: owner?.userId ?? null, userId: options.userId, canUpdate: options.canUpdate, canManage: options.canManage }),
    periods,
    updates: updates.map((u) => presentUpdate(u, evidence)),
  };
}

export type ElementUpdates = Awaited<ReturnType<typeof loadElementUpdates>>;

/** The student groups a measure reports: those its targets and actuals name, and those posted. */
function subgroupsOf(element: MonitoredElement, posted: readonly string[]): string[] {
  const values = [...((element.fields.targets as PeriodValue[] | undefined) ?? []), ...((element.fields.actuals as PeriodValue[] | undefined) ?? [])];
  const groups = new Set([...values.map((v) => v.subgroup).filter((g): g is string => !!g), ...posted]);
  return [...groups].sort((a, b) => a.localeCompare(b));
}
