import { describe, expect, it } from 'vitest';
import type { MeasureStatus, RollUpStatus, Trend } from './monitoring-types.js';
import { countGoalStatuses, isGoalStagnant, isMeasureStagnant } from './stagnation.js';

const measure = (status: MeasureStatus, trend: Trend) => ({ status: { status, trend } });

describe('isMeasureStagnant', () => {
  it.each<[MeasureStatus, Trend, boolean]>([
    ['no_data', 'unknown', false],
    ['achieved', 'flat', false],
    ['achieved', 'declining', false],
    ['on_track', 'improving', false],
    ['on_track', 'unknown', false],
    ['on_track', 'flat', true],
    ['at_risk', 'declining', true],
    ['off_track', 'flat', true],
    ['off_track', 'improving', false],
    ['at_risk', 'unknown', false],
  ])('%s with a %s trend -> %s', (status, trend, stagnant) => expect(isMeasureStagnant({ status, trend })).toBe(stagnant));
});

describe('isGoalStagnant', () => {
  it.each<[string, ReturnType<typeof measure>[], boolean]>([
    ['not while nothing has data', [measure('no_data', 'unknown')], false],
    ['not without measures', [], false],
    ['when half the measures with data are', [measure('on_track', 'improving'), measure('at_risk', 'flat'), measure('no_data', 'unknown')], true],
    ['not when fewer than half are', [measure('on_track', 'improving'), measure('achieved', 'flat'), measure('at_risk', 'flat')], false],
  ])('%s', (_, measures, stagnant) => expect(isGoalStagnant({ measures })).toBe(stagnant));
});

describe('countGoalStatuses', () => {
  const goal = (status: RollUpStatus, ...measures: ReturnType<typeof measure>[]) => ({ rollUp: { status }, measures });
  it('counts the roll-up statuses as they are (at risk stays at risk) and the stagnant goals beside them', () =>
    expect(countGoalStatuses([goal('on_track', measure('on_track', 'improving')), goal('at_risk', measure('at_risk', 'flat')), goal('at_risk'), goal('no_data')])).toEqual({
      counts: { on_track: 1, at_risk: 2, off_track: 0, no_data: 1 },
      stagnant: 1,
    }));
});
