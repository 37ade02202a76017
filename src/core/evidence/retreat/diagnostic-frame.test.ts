import { describe, expect, it } from 'vitest';
import { areaWords, areasOfFrame, isAreaOfFrame, performanceFactAreas } from './diagnostic-frame.js';

describe('the diagnostic frame', () => {
  it.each<[string, Parameters<typeof isAreaOfFrame>[0], string | null, boolean]>([
    ['an area of Performance Fact', 'performance_fact', 'trust', true],
    ['an unknown area', 'performance_fact', 'vibes', false],
    ['no area yet is always fine', 'performance_fact', null, true],
    ['any area without a frame', 'none', 'trust', false],
    ['no area without a frame', 'none', null, true],
  ])('%s', (_, frame, area, expected) => {
    expect(isAreaOfFrame(frame, area)).toBe(expected);
  });

  it('has Performance Fact’s five areas, each named in English and Spanish', () => {
    expect(areasOfFrame('performance_fact')).toHaveLength(5);
    for (const area of performanceFactAreas) {
      expect(areaWords.en[area]).toMatch(/\w/);
      expect(areaWords.es[area]).toMatch(/\w/);
    }
  });
});
