import { describe, expect, it } from 'vitest';
import { citationSentence, type ReadingToCite } from './indicator-citation-words.js';

const ela = { label: 'ELA % Level 3+4', unit: 'percent' as const };
const reading = (change: Partial<ReadingToCite>): ReadingToCite => ({ metric: ela, period: '2022-23', group: null, value: 52.14, n: 12340, districtValue: null, ...change });

describe('citationSentence', () => {
  it.each<[string, Partial<ReadingToCite>, 'en' | 'es', string]>([
    ['the district', {}, 'en', 'ELA % Level 3+4, 2022-23: 52.1% for the district, n 12,340.'],
    ['the district in Spanish', {}, 'es', 'ELA % Level 3+4, 2022-23: 52,1% en el distrito, n 12.340.'],
    ['a group below the district', { group: 'English learners', value: 21, n: 1204, districtValue: 52.14 }, 'en', 'ELA % Level 3+4, 2022-23: English learners 21%, n 1,204, 31.1 points below the district (52.1%).'],
    ['a group above the district, in Spanish', { group: 'Asiático', value: 70.5, n: 300, districtValue: 52.14 }, 'es', 'ELA % Level 3+4, 2022-23: Asiático 70,5%, n 300, 18,4 puntos por encima del distrito (52,1%).'],
    ['a group level with the district', { group: 'White', value: 52.1, n: 800, districtValue: 52.14 }, 'en', 'ELA % Level 3+4, 2022-23: White 52.1%, n 800, the same as the district (52.1%).'],
    ['a count without n', { metric: { label: 'Incidents', unit: 'count' }, group: 'Grade 9', value: 40, n: null, districtValue: 25 }, 'en', 'Incidents, 2022-23: Grade 9 40, 15 above the district (25).'],
  ])('%s', (_, change, language, expected) => {
    expect(citationSentence(reading(change), language)).toBe(expected);
  });
});
