import { describe, expect, it } from 'vitest';
import { compareRepresentation } from './compare-representation.js';

const population = [
  { key: 'hispanic', label: 'Hispanic or Latino', count: 4000 },
  { key: 'white', label: 'White', count: 4000 },
  { key: 'black', label: 'Black', count: 2000 },
];
const S = { suppressed: true, reason: 'small_group' };
const C = { suppressed: true, reason: 'complement' };

describe('compareRepresentation', () => {
  it.each([
    [
      'every group shown, the short one flagged',
      { hispanic: 20, white: 60, black: 20 },
      [
        ['hispanic', 20, 20, 40, -20, true],
        ['white', 60, 60, 40, 20, false],
        ['black', 20, 20, 20, 0, false],
      ],
    ],
    [
      'a small group hidden with its complement, and still flagged',
      { hispanic: 20, white: 60, black: 3, other: 9 },
      [
        ['hispanic', C, C, 40, C, true],
        ['white', 60, 72.3, 40, 32.3, false],
        ['black', S, S, 20, S, true],
      ],
    ],
    [
      'a group nobody from: a count of 0 is shown, and flagged',
      { hispanic: 40, white: 60 },
      [
        ['hispanic', 40, 40, 40, 0, false],
        ['white', 60, 60, 40, 20, false],
        ['black', 0, 0, 20, -20, true],
      ],
    ],
  ])('%s', (_, respondents, expected) => {
    const result = compareRepresentation({ respondents, population, threshold: 5, gapPoints: 10 });
    expect(result.rows.map((row) => [row.key, row.respondents, row.respondent_share, row.population_share, row.gap_points, row.is_under_represented])).toEqual(expected);
  });

  it('leaves respondents who match no population group out of both shares', () => {
    expect(compareRepresentation({ respondents: { hispanic: 50, white: 50, other: 900 }, population, threshold: 5, gapPoints: 10 }).respondents).toBe(100);
  });

  it('hides everything but the flags when fewer than the threshold answered', () => {
    const result = compareRepresentation({ respondents: { white: 3 }, population, threshold: 5, gapPoints: 10 });
    expect(result.respondents).toEqual(S);
    expect(result.rows.map((row) => [row.respondents, row.is_under_represented])).toEqual([[S, true], [S, false], [S, true]]);
  });

  it('flags nothing before anyone answered', () => {
    const result = compareRepresentation({ respondents: {}, population, threshold: 5, gapPoints: 10 });
    expect(result.rows.every((row) => !row.is_under_represented)).toBe(true);
  });

  it('takes the gap setting as the line: a shortfall of exactly the gap is not flagged', () => {
    const result = compareRepresentation({ respondents: { hispanic: 30, white: 50, black: 20 }, population, threshold: 5, gapPoints: 10 });
    expect(result.rows[0]!.is_under_represented).toBe(false);
  });
});
