import { describe, expect, it } from 'vitest';
import { deepestCauses, fishboneSchema, fiveWhysSchema, hasRootCauses } from './root-causes.js';

describe('root cause schemas', () => {
  it.each<[string, unknown, boolean]>([
    ['five whys', ['Students miss class', 'Buses are late', 'Routes were cut'], true],
    ['a sixth why', ['1', '2', '3', '4', '5', '6'], false],
    ['an empty why', ['Students miss class', '  '], false],
  ])('five whys: %s', (_, value, valid) => {
    expect(fiveWhysSchema.safeParse(value).success).toBe(valid);
  });

  it.each<[string, unknown, boolean]>([
    ['categories with causes', [{ category: 'People', causes: ['Turnover'] }, { category: 'Resources', causes: [] }], true],
    ['a category twice, in other case', [{ category: 'People', causes: [] }, { category: 'people', causes: [] }], false],
    ['a category without a name', [{ category: '', causes: ['x'] }], false],
    ['an unknown field', [{ category: 'People', causes: [], colour: 'red' }], false],
  ])('fishbone: %s', (_, value, valid) => {
    expect(fishboneSchema.safeParse(value).success).toBe(valid);
  });

  it('names the repeated category as a duplicate', () => {
    const result = fishboneSchema.safeParse([{ category: 'People', causes: [] }, { category: 'People', causes: [] }]);
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'category'], params: { issue: 'duplicate' } });
  });
});

describe('deepestCauses and hasRootCauses', () => {
  it.each<[string, Parameters<typeof deepestCauses>[0], string[], boolean]>([
    ['the last why', { method: 'five_whys', causes: ['Low scores', 'Little reading practice', 'No library time'] }, ['No library time'], true],
    ['no whys yet', { method: 'five_whys', causes: [] }, [], false],
    ['every fishbone cause with its category', { method: 'fishbone', causes: [{ category: 'People', causes: ['Turnover', 'No mentors'] }, { category: 'Policies', causes: [] }] }, ['People: Turnover', 'People: No mentors'], true],
    ['categories without causes', { method: 'fishbone', causes: [{ category: 'People', causes: [] }] }, [], false],
  ])('%s', (_, rootCauses, deepest, has) => {
    expect(deepestCauses(rootCauses)).toEqual(deepest);
    expect(hasRootCauses(rootCauses)).toBe(has);
  });
});
