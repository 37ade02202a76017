import type { Constituency } from './constituencies.js';

export interface RepresentationTarget {
  constituency: Constituency;
  /** How many members of this constituency the district wants on its committee. */
  minimum: number;
}

export interface RepresentationGap {
  constituency: Constituency;
  needed: number;
  actual: number;
  /** Whose rule it is: the framework's (template) or the district's own target. */
  source: 'template' | 'district';
}

export interface RepresentationCheck {
  counts: Partial<Record<Constituency, number>>;
  gaps: RepresentationGap[];
  /** Constituencies the framework recommends that nobody on the roster represents. */
  recommendedMissing: Constituency[];
}

/**
 * Compares a steering committee with what its framework requires (each required constituency at
 * least once, e.g. CEC's board, union and management leaders) and with the district's own
 * targets, the stricter of the two winning. Only active members count.
 */
export function checkRepresentation(
  rules: { required: readonly Constituency[]; recommended: readonly Constituency[]; targets: readonly RepresentationTarget[] },
  members: ReadonlyArray<{ constituency: Constituency; isActive?: boolean }>,
): RepresentationCheck {
  const counts: Partial<Record<Constituency, number>> = {};
  for (const member of members) if (member.isActive !== false) counts[member.constituency] = (counts[member.constituency] ?? 0) + 1;
  const needs = new Map<Constituency, { needed: number; source: 'template' | 'district' }>();
  for (const constituency of rules.required) needs.set(constituency, { needed: 1, source: 'template' });
  for (const target of rules.targets) {
    const current = needs.get(target.constituency);
    if (!current || target.minimum > current.needed) needs.set(target.constituency, { needed: target.minimum, source: 'district' });
  }
  const gaps = [...needs]
    .map(([constituency, need]) => ({ constituency, needed: need.needed, actual: counts[constituency] ?? 0, source: need.source }))
    .filter((gap) => gap.actual < gap.needed);
  const recommendedMissing = rules.recommended.filter((c) => !counts[c] && !needs.has(c));
  return { counts, gaps, recommendedMissing };
}
