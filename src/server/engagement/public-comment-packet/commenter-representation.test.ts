import { describe, expect, it } from 'vitest';
import type { DistrictPopulation } from '../population/read-population.js';
import { commenterRepresentation } from './commenter-representation.js';

const noPopulation: DistrictPopulation = { version: 0, schools: [''], lists: [], suggestions: { role: [], race_ethnicity: [], home_language: [], grade_band: [] } };
const comment = (role: string | null, school_id: string | null = null) => ({ role, school_id });

describe('who commented, for a district that has not entered who it serves', () => {
  it('counts by the suggested roles only, hiding a small group and the count that would give it away', () => {
    const comments = [...Array.from({ length: 8 }, () => comment('families', 's1')), comment('students', 's2'), comment('students', 's2'), comment(null)];
    const result = commenterRepresentation({ comments, population: noPopulation, schools: [{ id: 's1', name: 'Lincoln' }, { id: 's2', name: 'Central' }], threshold: 5, gapPoints: 10, language: 'es' });
    expect(result.comments).toBe(11);
    expect(result.role.is_compared).toBe(false);
    const byKey = Object.fromEntries(result.role.rows.map((row) => [row.key, [row.label, row.commenters, row.population_share]]));
    expect(byKey.students).toEqual(['Estudiantes', { suppressed: true, reason: 'small_group' }, null]);
    expect(byKey.families).toEqual(['Madres, padres y familias', { suppressed: true, reason: 'complement' }, null]);
    expect(byKey.teachers).toEqual(['Docentes', 0, null]);
    // The one who gave no role is in no row: ten compared, shown.
    expect(result.role.commenters).toBe(10);
    expect(result.school!.rows.map((row) => [row.label, row.commenters])).toEqual([
      ['Lincoln', { suppressed: true, reason: 'complement' }],
      ['Central', { suppressed: true, reason: 'small_group' }],
    ]);
  });

  it('leaves the school table out when the district lists no schools', () => {
    expect(commenterRepresentation({ comments: [comment('families')], population: noPopulation, schools: [], threshold: 5, gapPoints: 10, language: 'en' }).school).toBeNull();
  });
});
