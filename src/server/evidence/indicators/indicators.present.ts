import type { IndicatorAnswer } from './read-indicator.js';

/** What leaves the server: snake_case, each line's cell spread beside its key and gaps. */
export function presentIndicator(answer: IndicatorAnswer) {
  return {
    metric: answer.metric,
    by: answer.by,
    period: answer.period,
    group: answer.group,
    compare: answer.compare,
    school_id: answer.schoolId,
    threshold: answer.threshold,
    district: answer.district,
    comparison: answer.comparison,
    cells: answer.lines.map((line) => ({
      key: line.key,
      label: line.label,
      ...line.cell,
      gap_to_district: line.gapToDistrict,
      gap_to_comparison: line.gapToComparison,
      change: line.change,
      previous_period: line.previousPeriod,
    })),
  };
}
