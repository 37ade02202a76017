import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import type { ActualRow } from './scorecard.repo.js';

/**
 * Stored actuals as the format's values, grouped by measure: all students ('' in the table) have
 * no subgroup, and fields without a value are left out, so a merged measure stays a valid
 * strategic-plan/v1 measure.
 */
export function postedValuesByMeasure(rows: readonly ActualRow[]): Map<string, PeriodValue[]> {
  const byMeasure = new Map<string, PeriodValue[]>();
  for (const row of rows) {
    const values = byMeasure.get(row.measure_key) ?? [];
    values.push({
      period: row.period_ends_on ? { label: row.period_label, ends_on: row.period_ends_on } : { label: row.period_label },
      value: row.value,
      ...(row.subgroup ? { subgroup: row.subgroup } : {}),
      ...(row.n !== null ? { n: row.n } : {}),
    });
    byMeasure.set(row.measure_key, values);
  }
  return byMeasure;
}
