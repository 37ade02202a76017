import { describe, expect, it } from 'vitest';
import type { MeasureStatus, RollUpStatus, Trend } from '../../../core/monitoring/monitoring-types';
import { boardCallOfGoal, boardCallOfMeasure, rollUpParts } from './progress-status';

const measure = (status: MeasureStatus, trend: Trend) => ({ status: { status, trend } });
const goal = (status: RollUpStatus, ...measures: ReturnType<typeof measure>[]) => ({ rollUp: { status }, measures });

describe('boardCallOfMeasure', () => {
  it.each([
    ['no_data', 'unknown', 'no_data'],
    ['achieved', 'flat', 'on_track'],
    ['on_track', 'improving', 'on_track'],
    ['on_track', 'flat', 'stagnant'],
    ['at_risk', 'declining', 'stagnant'],
    ['off_track', 'improving', 'off_track'],
    ['at_risk', 'unknown', 'off_track'],
  ] as const)('%s with a %s trend is %s', (status, trend, call) => expect(boardCallOfMeasure({ status, trend })).toBe(call));
});

describe('boardCallOfGoal', () => {
  it('has no data while nothing has data', () => expect(boardCallOfGoal(goal('no_data', measure('no_data', 'unknown')))).toBe('no_data'));
  it('is stagnant when half of the measures with data are', () =>
    expect(boardCallOfGoal(goal('on_track', measure('on_track', 'improving'), measure('at_risk', 'flat'), measure('no_data', 'unknown')))).toBe('stagnant'));
  it('follows an on-track roll-up otherwise', () => expect(boardCallOfGoal(goal('on_track', measure('on_track', 'improving'), measure('achieved', 'flat')))).toBe('on_track'));
  it('calls an at-risk roll-up off track', () => expect(boardCallOfGoal(goal('at_risk', measure('at_risk', 'improving')))).toBe('off_track'));
  it('judges a goal whose roll-up counts nothing by its measures', () => expect(boardCallOfGoal(goal('no_data', measure('on_track', 'improving')))).toBe('on_track'));
});

describe('rollUpParts', () => {
  it('counts only children with data', () =>
    expect(rollUpParts({ onTrack: 3, atRisk: 1, offTrack: 0, noData: 2, total: 6 })).toEqual({ onTrack: 3, atRisk: 1, offTrack: 0, counted: 4, noData: 2 }));
});
