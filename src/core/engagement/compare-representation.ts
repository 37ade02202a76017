import { protectPeopleRow } from './protect-counts.js';
import type { Count, Suppressed } from './survey-results-types.js';

/** One group of who the district serves, as entered (per school or district-wide). */
export interface PopulationCount {
  key: string;
  label: string;
  count: number;
}

export interface RepresentationRow {
  key: string;
  label: string;
  /** Respondents in the group; hidden like any count of fewer than the threshold. */
  respondents: Count;
  /** Percent of the respondents of the compared groups; hidden with the count it would give away. */
  respondent_share: number | Suppressed;
  /** Percent of the population of the compared groups. */
  population_share: number;
  /** Respondent share less population share, in percentage points. */
  gap_points: number | Suppressed;
  /** Under-represented by more than the allowed gap: shown even when the count is hidden, so outreach can reach the group. */
  is_under_represented: boolean;
}

export interface Representation {
  /** Respondents in the compared groups. */
  respondents: Count;
  rows: RepresentationRow[];
}

/**
 * Who answered against who the district serves, group by group: each group's share of the
 * respondents beside its share of the population, and a flag where it falls short by more than
 * `gapPoints`. Respondents whose answer matches no population group are left out of both shares.
 * Counts are protected by the survey rule (protectPeopleRow): a small group, and the complement
 * that would give it away, show no count, share or gap, but keep their flag: a reader learns
 * only that the group is short, which is the point of the screen.
 */
export function compareRepresentation(options: { respondents: Readonly<Record<string, number>>; population: readonly PopulationCount[]; threshold: number; gapPoints: number }): Representation {
  const { population, threshold, gapPoints } = options;
  const counts = population.map((group) => options.respondents[group.key] ?? 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const people = population.reduce((sum, group) => sum + group.count, 0);
  const row = protectPeopleRow({ people: counts, total, threshold });
  const hidden = (reason: Suppressed['reason']): Suppressed => ({ suppressed: true, reason });
  return {
    respondents: row.total ? hidden(row.total) : total,
    rows: population.map((group, index) => {
      const reason = row.groups[index] ?? row.total;
      const respondentShare = total > 0 ? (100 * counts[index]!) / total : 0;
      const populationShare = people > 0 ? (100 * group.count) / people : 0;
      const gap = respondentShare - populationShare;
      return {
        key: group.key,
        label: group.label,
        respondents: reason ? hidden(reason) : counts[index]!,
        respondent_share: reason ? hidden(reason) : round1(respondentShare),
        population_share: round1(populationShare),
        gap_points: reason ? hidden(reason) : round1(gap),
        is_under_represented: total > 0 && -gap > gapPoints,
      };
    }),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
