import type { Kysely } from 'kysely';
import { citationSentence, type CitationLanguage } from '../../../core/evidence/indicator-citation-words.js';
import { ALL_STUDENTS_KEY } from '../../../core/evidence/indicator-groups.js';
import type { EvidenceLink } from '../../../core/plan/format/evidence.js';
import type { DB } from '../../db/schema.js';
import { listEvidenceMetrics } from '../indicators/list-evidence-metrics.js';
import { readIndicator } from '../indicators/read-indicator.js';

export interface CitableReading {
  link: EvidenceLink;
  /** The metric's name: the picker groups readings under it. */
  source: string;
  label: string;
  text: string;
}

/** A metric's readings by group beyond this many are the team's to find in the explorer. */
const GROUPS_PER_METRIC = 8;

/**
 * What a plan element can cite of the district's data: for each metric, its latest year for the
 * district, and each student group shown that year with its distance from the district (the
 * furthest behind first, as a goal usually starts from them). Every value passed the small-group
 * rule (readIndicator protects each cell); a hidden group is never offered.
 */
export async function listCitableIndicators(options: { db: Kysely<DB>; organizationId: string; language: CitationLanguage }): Promise<CitableReading[]> {
  const { db, organizationId, language } = options;
  const { metrics } = await listEvidenceMetrics({ db, organizationId });
  const items: CitableReading[] = [];
  for (const metric of metrics) {
    const period = metric.periods.at(-1);
    if (!period) continue;
    const answer = await readIndicator({ db, organizationId, metric: metric.key, query: { by: 'group', period } });
    const district = 'value' in answer.district ? answer.district : null;
    const words = { label: metric.label, unit: metric.unit };
    if (district) {
      items.push({
        link: { kind: 'evidence_indicator', metric: metric.key, by: 'period', period },
        source: metric.label,
        label: `${metric.label}, ${period}`,
        text: citationSentence({ metric: words, period, group: null, value: district.value, n: district.n, districtValue: null }, language),
      });
    }
    // Worse first: furthest below when higher is better, furthest above when lower is.
    const direction = metric.higher_is_better === false ? -1 : 1;
    const groups = answer.lines
      // All students is the district's own reading, offered above.
      .flatMap((line) => ('value' in line.cell && line.key !== ALL_STUDENTS_KEY ? [{ line, cell: line.cell }] : []))
      .sort((a, b) => direction * ((a.line.gapToDistrict ?? 0) - (b.line.gapToDistrict ?? 0)))
      .slice(0, GROUPS_PER_METRIC);
    for (const { line, cell } of groups) {
      items.push({
        link: { kind: 'evidence_indicator', metric: metric.key, by: 'group', period, group: line.label },
        source: metric.label,
        label: `${line.label}, ${period}`,
        text: citationSentence({ metric: words, period, group: line.label, value: cell.value, n: cell.n, districtValue: district?.value ?? null }, language),
      });
    }
  }
  return items;
}
