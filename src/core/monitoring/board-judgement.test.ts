import { describe, expect, it } from 'vitest';
import type { MeasureStatus, RollUpStatus, Trend } from './monitoring-types.js';
import { boardCallOfGoal, boardCallOfMeasure, countBoardCalls, type BoardCall } from './board-judgement.js';

const measure = (status: MeasureStatus, trend: Trend) => ({ status: { status, trend } });

describe('boardCallOfMeasure', () => {
  it.each<[MeasureStatus, Trend, BoardCall]>([
    ['no_data', 'unknown', 'no_data'],
    ['achieved', 'flat', 'on_track'],
    ['achieved', 'declining', 'on_track'],
    ['on_track', 'improving', 'on_track'],
    ['on_track', 'unknown', 'on_track'],
    ['on_track', 'flat', 'stagnant'],
    ['at_risk', 'declining', 'stagnant'],
    ['off_track', 'flat', 'stagnant'],
    ['off_track', 'improving', 'off_track'],
    ['at_risk', 'unknown', 'off_track'],
  ])('%s with a %s trend is %s', (status, trend, call) => expect(boardCallOfMeasure({ status, trend })).toBe(call));
});

describe('boardCallOfGoal', () => {
  it.each<[string, RollUpStatus, ReturnType<typeof measure>[], BoardCall]>([
    ['no data while nothing has data', 'no_data', [measure('no_data', 'unknown')], 'no_data'],
    ['no data with no measures and an empty roll-up', 'no_data', [], 'no_data'],
    ['stagnant when half the measures with data are', 'on_track', [measure('on_track', 'improving'), measure('at_risk', 'flat'), measure('no_data', 'unknown')], 'stagnant'],
    ['not stagnant when fewer than half are', 'on_track', [measure('on_track', 'improving'), measure('achieved', 'flat'), measure('at_risk', 'flat')], 'on_track'],
    ['follows an on-track roll-up', 'on_track', [measure('on_track', 'improving'), measure('achieved', 'flat')], 'on_track'],
    ['calls an at-risk roll-up off track', 'at_risk', [measure('at_risk', 'improving')], 'off_track'],
    ['calls an off-track roll-up off track', 'off_track', [measure('off_track', 'improving')], 'off_track'],
    ['an on-track roll-up with no measures (strategies only) is on track', 'on_track', [], 'on_track'],
    ['an empty roll-up defers to on-track measures', 'no_data', [measure('on_track', 'improving')], 'on_track'],
    ['an empty roll-up with an off-track measure is off track', 'no_data', [measure('on_track', 'improving'), measure('off_track', 'improving'), measure('on_track', 'unknown')], 'off_track'],
  ])('%s', (_, rollUp, measures, call) => expect(boardCallOfGoal({ rollUp: { status: rollUp }, measures })).toBe(call));
});

describe('countBoardCalls', () => {
  it('counts each call, zero for the ones absent', () =>
    expect(countBoardCalls(['on_track', 'stagnant', 'on_track'])).toEqual({ on_track: 2, off_track: 0, stagnant: 1, no_data: 0 }));
});
