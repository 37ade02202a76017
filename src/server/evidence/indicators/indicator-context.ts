import type { Kysely } from 'kysely';
import { findIndicatorGroup, resolveGroupLabels, type IndicatorGroup } from '../../../core/evidence/indicator-groups.js';
import { sortPeriods } from '../../../core/evidence/indicator-periods.js';
import type { DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';
import type { DB } from '../../db/schema.js';
import { invalidInput, notFound } from '../../errors.js';
import { readStudentGroups } from '../../monitoring/student-groups/read-student-groups.js';
import { loadMonitoringSettings } from '../../monitoring/updates/save-monitoring-settings.js';
import { indicatorsRepo } from './indicators.repo.js';

/** What every reading of one metric needs: the metric, its periods and groups as the district names them, the schools and the threshold. */
export interface IndicatorContext {
  metric: { key: string; label: string; unit: 'percent' | 'count' | 'rate' | 'number'; higher_is_better: boolean | null };
  periods: string[];
  /** Each label of the data and the group it is (all students, a group, set aside). */
  groups: Map<string, IndicatorGroup>;
  districtGroups: DistrictStudentGroup[];
  schools: { id: string; name: string; code: string | null }[];
  threshold: number;
}

// A finished import's rows never change (a corrected file is a new import), so the labels and
// periods of a metric over a given set of current imports can be kept: reading them scans every
// row of the metric, the slowest part of a small answer.
const labelsAndPeriodsCache = new Map<string, { group_label: string; period: string }[]>();
const CACHED_METRICS = 500;

async function labelsAndPeriodsOf(db: Kysely<DB>, organizationId: string, metric: string) {
  const importIds = await indicatorsRepo.currentImportIds(db, organizationId);
  const key = JSON.stringify([organizationId, metric, importIds]);
  const cached = labelsAndPeriodsCache.get(key);
  if (cached) return cached;
  const rows = await indicatorsRepo.labelsAndPeriods(db, organizationId, metric, importIds);
  if (labelsAndPeriodsCache.size >= CACHED_METRICS) labelsAndPeriodsCache.delete(labelsAndPeriodsCache.keys().next().value!);
  labelsAndPeriodsCache.set(key, rows);
  return rows;
}

/** Reads the context of `metric` in the district; 404 when the district has no such metric. */
export async function readIndicatorContext(db: Kysely<DB>, organizationId: string, metricKey: string): Promise<IndicatorContext> {
  const metric = await indicatorsRepo.metric(db, organizationId, metricKey);
  if (!metric) throw notFound('Metric');
  const [labelsAndPeriods, mapped, studentGroups, settings, schools] = await Promise.all([
    labelsAndPeriodsOf(db, organizationId, metricKey),
    indicatorsRepo.mappedGroupLabels(db, organizationId),
    readStudentGroups(db, organizationId),
    loadMonitoringSettings(db, organizationId),
    indicatorsRepo.schools(db, organizationId),
  ]);
  return {
    metric,
    periods: sortPeriods(labelsAndPeriods.map((row) => row.period)),
    groups: resolveGroupLabels(new Set(labelsAndPeriods.map((row) => row.group_label)), { mapped, groups: studentGroups.groups }),
    districtGroups: studentGroups.groups,
    schools,
    threshold: settings.suppressionThreshold,
  };
}

/** The period asked for, or the latest; 400 naming the field when the metric has no data for it. */
export function choosePeriod(context: IndicatorContext, period: string | undefined): string | null {
  if (period === undefined) return context.periods.at(-1) ?? null;
  if (context.periods.includes(period)) return period;
  const list = context.periods.slice(-6).join(', ');
  throw invalidInput('/period', context.periods.length ? `has no data for ${context.metric.label}; its periods are ${list}` : `has no data: ${context.metric.label} has no rows yet`, { code: 'invalid_choice', params: { periods: list } });
}

/** The group a parameter names, or 400 naming it when the metric's data has no such group. */
export function chooseGroup(context: IndicatorContext, field: 'group' | 'compare', name: string | undefined): { key: string; name: string } {
  const found = findIndicatorGroup(name, context.groups, context.districtGroups);
  if (!found) throw invalidInput(`/${field}`, `is not a student group in the data of ${context.metric.label}`, { code: 'invalid_choice' });
  return found;
}

/** The school a parameter names, or 400 naming it when it is not one of the district's schools. */
export function chooseSchool(context: IndicatorContext, schoolId: string | undefined): { id: string; name: string } | null {
  if (schoolId === undefined) return null;
  const school = context.schools.find((candidate) => candidate.id === schoolId);
  if (!school) throw invalidInput('/school', "is not one of the district's schools", { code: 'does_not_exist' });
  return school;
}

/** Labels and the keys they resolve to, for the SQL: only the groups wanted (all but set-aside ones when `keys` is null). */
export function labelsFor(context: IndicatorContext, keys: ReadonlySet<string> | null): { labels: string[]; groupKeys: string[] } {
  const labels: string[] = [];
  const groupKeys: string[] = [];
  for (const [label, group] of context.groups) {
    const key = group.kind === 'all' ? 'all' : group.kind === 'group' ? group.key : null;
    if (key === null || (keys && !keys.has(key))) continue;
    labels.push(label);
    groupKeys.push(key);
  }
  return { labels, groupKeys };
}
