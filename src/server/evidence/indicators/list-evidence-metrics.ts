import type { Kysely } from 'kysely';
import { resolveGroupLabels } from '../../../core/evidence/indicator-groups.js';
import { sortPeriods } from '../../../core/evidence/indicator-periods.js';
import type { DB } from '../../db/schema.js';
import { readStudentGroups } from '../../monitoring/student-groups/read-student-groups.js';
import { indicatorsRepo } from './indicators.repo.js';

/**
 * The metrics the district's ready datasets measure, each with its periods in time order, its
 * student groups as the district names them (labels combined, set-aside ones left out) and how
 * many of the district's schools it covers.
 */
export async function listEvidenceMetrics(options: { db: Kysely<DB>; organizationId: string }) {
  const { db, organizationId } = options;
  const [metrics, coverage, mapped, studentGroups] = await Promise.all([
    indicatorsRepo.listMetrics(db, organizationId),
    indicatorsRepo.metricCoverage(db, organizationId),
    indicatorsRepo.mappedGroupLabels(db, organizationId),
    readStudentGroups(db, organizationId),
  ]);
  const byMetric = new Map(coverage.map((row) => [row.metric, row]));
  return {
    metrics: metrics.map((metric) => {
      const covered = byMetric.get(metric.key);
      const groups = resolveGroupLabels(covered?.labels ?? [], { mapped, groups: studentGroups.groups });
      const names = [...new Set([...groups.values()].flatMap((group) => (group.kind === 'group' ? [group.name] : [])))].sort((a, b) => a.localeCompare(b));
      return { ...metric, periods: sortPeriods(covered?.periods ?? []), groups: names, schools: covered?.schools ?? 0 };
    }),
  };
}
