import { normalizeGroupName } from '../../../core/monitoring/student-groups.js';
import type { PopulationDimension } from '../../../core/engagement/population/population-groups.js';

/** Role groups of the population that a stakeholder group's constituency stands for. */
const constituencyOfRole: Record<string, readonly string[]> = {
  families: ['families'],
  parents: ['families'],
  students: ['students'],
  teachers: ['teachers'],
  support_staff: ['support_staff'],
  staff: ['teachers', 'support_staff'],
  principals: ['principals', 'district_leadership'],
  community: ['community', 'business', 'higher_education'],
};

/**
 * The stakeholder groups likely to reach the groups a survey has not heard enough: by constituency
 * for roles (families -> the families group), and by name for the rest ("Spanish-speaking
 * families" reaches "Spanish" at home). A suggestion only: the planner ticks what is sent.
 */
export function suggestedOutreachGroups(
  groups: readonly { id: string; name: string; constituency: string; description?: string }[],
  flagged: readonly { dimension: PopulationDimension; key: string; label: string }[],
): Set<string> {
  const suggested = new Set<string>();
  for (const want of flagged) {
    for (const group of groups) {
      if (want.dimension === 'role') {
        if ((constituencyOfRole[want.key] ?? [want.key]).includes(group.constituency)) suggested.add(group.id);
        continue;
      }
      const words = normalizeGroupName(want.label).split(' ').filter((word) => word.length > 3);
      const name = ` ${normalizeGroupName(`${group.name} ${group.description ?? ''}`)} `;
      if (words.some((word) => name.includes(` ${word} `) || name.includes(` ${word.replace(/s$/, '')}`))) suggested.add(group.id);
    }
  }
  return suggested;
}
