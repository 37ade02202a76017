import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { mergeActuals } from '../../../core/monitoring/merge-actuals.js';
import type { PeriodValue, ReportingCalendar } from '../../../core/monitoring/monitoring-types.js';
import { flattenPlan, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { findPlan, listPlanElements, type ElementRow } from '../../plan/plans/read-plan.js';
import { monitoredPlan, type MonitoredMeasure, type MonitoredPlan } from './monitored-plan.js';
import { postedValuesByMeasure } from './posted-actuals.js';
import { scorecardRepo, type ActualRow, type PlanRules } from './scorecard.repo.js';
import { calendarOf, loadMonitoringSettings, type MonitoringSettings } from '../updates/save-monitoring-settings.js';

export interface PlanMonitoring {
  plan: { id: string; title: string; lifecycle: 'draft' | 'public_comment' | 'adopted' | 'amending' | 'archived'; header: PlanHeader };
  tree: MonitoredPlan;
  /** The district's reporting calendar, due days and the rest of its monitoring settings. */
  settings: MonitoringSettings;
  calendar: ReportingCalendar;
  rules: PlanRules;
  actuals: ActualRow[];
  postedByMeasure: Map<string, PeriodValue[]>;
  owners: Map<string, { userId: string; name: string }>;
}

/**
 * What every monitoring view starts from, in a fixed handful of queries whatever the plan's size:
 * the plan and its working copy's elements, the district's calendar, the plan's rules, the posted
 * actuals and the owners. 404 when the plan is not the district's.
 */
export async function loadPlanMonitoring(options: { db: Kysely<DB>; organizationId: string; planId: string; text?: PlanText }): Promise<PlanMonitoring> {
  const { db, organizationId, planId } = options;
  const plan = await findPlan(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  const adopted = options.text === 'adopted' && plan.lifecycle === 'amending' && plan.adopted_version !== null ? await adoptedPlanOf(db, plan.id, plan.adopted_version) : null;
  const [elements, settings, rules, actuals, owners] = await Promise.all([
    adopted ? adopted.elements : listPlanElements(db, plan.id),
    loadMonitoringSettings(db, organizationId),
    scorecardRepo.findRules(db, plan.id),
    scorecardRepo.listActuals(db, plan.id),
    scorecardRepo.listOwners(db, plan.id),
  ]);
  return {
    plan: { id: plan.id, title: adopted?.header.plan.title ?? plan.title, lifecycle: plan.lifecycle, header: adopted?.header ?? (plan.header as PlanHeader) },
    tree: monitoredPlan(elements),
    settings,
    calendar: calendarOf(settings),
    rules,
    actuals,
    postedByMeasure: postedValuesByMeasure(actuals),
    owners: new Map(owners.map((o) => [o.element_key, { userId: o.user_id, name: o.name }])),
  };
}

/**
 * Which text of the plan to judge: the working copy (the team's dashboard, amendments included) or
 * the adopted version (the public's: an amendment in progress is not the district's word yet).
 */
export type PlanText = 'working' | 'adopted';

/** The adopted version's document as element rows, keyed by element key, as monitoredPlan reads them. */
async function adoptedPlanOf(db: Kysely<DB>, planId: string, number: number): Promise<{ header: PlanHeader; elements: ElementRow[] }> {
  const version = await db.selectFrom('plan_versions').select('document').where('plan_id', '=', planId).where('number', '=', number).executeTakeFirstOrThrow();
  const { header, elements } = flattenPlan(version.document as PlanDocument);
  return {
    header,
    elements: elements.map((e) => ({ id: e.key, parent_id: e.parentKey, kind: e.kind, key: e.key, position: e.position, fields: e.fields, child_lists: e.childLists, version: 0 })),
  };
}

/** A measure's actuals as the export shows them: the imported ones with the posted ones merged in. */
export function mergedActualsOf(measure: MonitoredMeasure, postedByMeasure: ReadonlyMap<string, PeriodValue[]>): PeriodValue[] {
  const imported = measure.fields.actuals as PeriodValue[] | undefined;
  const posted = postedByMeasure.get(measure.key);
  return posted ? mergeActuals(imported, posted) : [...(imported ?? [])];
}
