import { describe, expect, it } from 'vitest';
import { checkRepresentation } from './representation.js';

const cec = { required: ['board', 'union_or_association', 'district_leadership'] as const, recommended: ['teachers', 'families'] as const, targets: [] };

describe('checkRepresentation', () => {
  it('flags a CEC roster without a union leader', () => {
    const result = checkRepresentation(cec, [{ constituency: 'board' }, { constituency: 'district_leadership' }, { constituency: 'teachers' }]);
    expect(result.gaps).toEqual([{ constituency: 'union_or_association', needed: 1, actual: 0, source: 'template' }]);
    expect(result.recommendedMissing).toEqual(['families']);
  });

  it('is satisfied when every required group is there', () => {
    const result = checkRepresentation(cec, [{ constituency: 'board' }, { constituency: 'union_or_association' }, { constituency: 'district_leadership' }]);
    expect(result.gaps).toEqual([]);
  });

  it.each([
    ['a district target above the template', [{ constituency: 'families' as const, minimum: 2 }], [{ constituency: 'families' as const }, { constituency: 'board' as const }, { constituency: 'union_or_association' as const }, { constituency: 'district_leadership' as const }], [{ constituency: 'families', needed: 2, actual: 1, source: 'district' }]],
    ['a target on a required group raises it', [{ constituency: 'board' as const, minimum: 2 }], [{ constituency: 'board' as const }, { constituency: 'union_or_association' as const }, { constituency: 'district_leadership' as const }], [{ constituency: 'board', needed: 2, actual: 1, source: 'district' }]],
  ])('%s', (_label, targets, members, gaps) => {
    expect(checkRepresentation({ ...cec, targets }, members).gaps).toEqual(gaps);
  });

  it('does not count members who left', () => {
    const result = checkRepresentation(cec, [{ constituency: 'board' }, { constituency: 'union_or_association', isActive: false }, { constituency: 'district_leadership' }]);
    expect(result.gaps.map((g) => g.constituency)).toEqual(['union_or_association']);
    expect(result.counts.union_or_association).toBeUndefined();
  });
});
