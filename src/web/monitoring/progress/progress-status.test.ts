import { describe, expect, it } from 'vitest';
import { rollUpParts } from './progress-status';

describe('rollUpParts', () => {
  it('counts only children with data', () =>
    expect(rollUpParts({ onTrack: 3, atRisk: 1, offTrack: 0, noData: 2, total: 6 })).toEqual({ onTrack: 3, atRisk: 1, offTrack: 0, counted: 4, noData: 2 }));
});
