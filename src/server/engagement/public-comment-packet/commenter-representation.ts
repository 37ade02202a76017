import { compareRepresentation } from '../../../core/engagement/compare-representation.js';
import { countOrSuppressed, protectCount, protectPeopleRow } from '../../../core/engagement/protect-counts.js';
import type { Count, Suppressed } from '../../../core/engagement/survey-results-types.js';
import type { DistrictPopulation } from '../population/read-population.js';
import { commenterRoles } from '../public-comment/commenter-roles.js';

export interface CommenterGroupRow {
  key: string;
  label: string;
  commenters: Count;
  /** Percent of the commenters counted in the table; hidden with the count it would give away. */
  share: number | Suppressed;
  /** Percent of who the district serves; null when the district has not said how many. */
  population_share: number | null;
  /** Short of its population share by more than the district's gap: said even when the count is hidden. */
  is_under_represented: boolean;
}

export interface CommenterTable {
  /** Whether the rows stand against the district's population (else counts only). */
  is_compared: boolean;
  /** Commenters who gave a group of this table. */
  commenters: Count;
  rows: CommenterGroupRow[];
}

export interface CommenterRepresentation {
  /** Comments counted: pending and accepted (an unconfirmed or hidden one is nobody's input). */
  comments: Count;
  role: CommenterTable;
  /** Null when the district lists no schools. */
  school: CommenterTable | null;
}

const fold = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * Who commented on the draft against who the district serves, by the role and the school a
 * commenter gave (each comment counted once): compared with the population by the survey rule
 * where the district entered it, else counts only; every count protected by the one small-group
 * rule, so a table can leave the planning team.
 */
export function commenterRepresentation(options: {
  comments: readonly { role: string | null; school_id: string | null }[];
  population: DistrictPopulation;
  schools: readonly { id: string; name: string }[];
  threshold: number;
  gapPoints: number;
  language: 'en' | 'es';
}): CommenterRepresentation {
  const { comments, population, threshold, gapPoints } = options;
  const tally = (keys: (string | null)[]) => keys.reduce<Record<string, number>>((sum, key) => (key ? { ...sum, [key]: (sum[key] ?? 0) + 1 } : sum), {});

  const roleList = population.lists.find((list) => list.school === '' && list.dimension === 'role');
  const roles = commenterRoles(population, options.language);
  const byRole = tally(comments.map((comment) => comment.role));
  const role = roleList?.groups.length
    ? compared(byRole, roleList.groups.map((group) => ({ key: group.key, label: roles.find((r) => r.key === group.key)?.label ?? group.label, count: group.count })), threshold, gapPoints)
    : countsOnly(byRole, roles, threshold);

  let school: CommenterTable | null = null;
  if (options.schools.length) {
    const byName = new Map(options.schools.map((s) => [s.id, s.name]));
    const bySchool = tally(comments.map((comment) => (comment.school_id && byName.has(comment.school_id) ? comment.school_id : null)));
    // A school's population is its own list (of roles when it has one): schools are matched by name.
    const sizes = new Map<string, number>();
    for (const name of population.schools.filter(Boolean)) {
      const lists = population.lists.filter((list) => list.school === name);
      const list = lists.find((candidate) => candidate.dimension === 'role') ?? lists[0];
      if (list?.total) sizes.set(fold(name), list.total);
    }
    const known = options.schools.filter((s) => sizes.has(fold(s.name)));
    school = known.length
      ? compared(bySchool, known.map((s) => ({ key: s.id, label: s.name, count: sizes.get(fold(s.name))! })), threshold, gapPoints)
      : countsOnly(bySchool, options.schools.map((s) => ({ key: s.id, label: s.name })), threshold);
  }
  return { comments: protectCount(comments.length, threshold), role, school };
}

function compared(respondents: Record<string, number>, population: { key: string; label: string; count: number }[], threshold: number, gapPoints: number): CommenterTable {
  const result = compareRepresentation({ respondents, population, threshold, gapPoints });
  return {
    is_compared: true,
    commenters: result.respondents,
    rows: result.rows.map((row) => ({ key: row.key, label: row.label, commenters: row.respondents, share: row.respondent_share, population_share: row.population_share, is_under_represented: row.is_under_represented })),
  };
}

function countsOnly(respondents: Record<string, number>, groups: { key: string; label: string }[], threshold: number): CommenterTable {
  const people = groups.map((group) => respondents[group.key] ?? 0);
  const total = people.reduce((sum, count) => sum + count, 0);
  const row = protectPeopleRow({ people, total, threshold });
  return {
    is_compared: false,
    commenters: countOrSuppressed(total, row.total),
    rows: groups.map((group, index) => {
      const reason = row.groups[index] ?? row.total;
      const share = total > 0 ? Math.round((1000 * people[index]!) / total) / 10 : 0;
      return { key: group.key, label: group.label, commenters: countOrSuppressed(people[index]!, reason), share: reason ? { suppressed: true, reason } : share, population_share: null, is_under_represented: false };
    }),
  };
}
