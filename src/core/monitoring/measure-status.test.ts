import { describe, expect, it } from 'vitest';
import { computeMeasureStatus } from './measure-status.js';
import { defaultStatusRules, type MeasureForStatus, type MeasureStatus, type PeriodValue, type ReportingCalendar, type Trend } from './monitoring-types.js';

const calendar: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 };
const v = (label: string, value: number | null, extra: Partial<PeriodValue> = {}): PeriodValue => ({ period: { label }, value, ...extra });

const riverbend: MeasureForStatus = {
  direction: 'increase',
  baseline: { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 48.2 },
  targets: [{ period: { label: '2026-27', ends_on: '2027-06-30' }, value: 52 }, v('2027-28', 56), v('2028-29', 60), v('2029-30', 64), v('2030-31', 68)],
};
const withActuals = (measure: MeasureForStatus, ...actuals: PeriodValue[]): MeasureForStatus => ({ ...measure, actuals });
const status = (measure: MeasureForStatus, options: { today?: string; subgroup?: string | null; atRiskProgress?: number } = {}) =>
  computeMeasureStatus({ measure, calendar, rules: { atRiskProgress: options.atRiskProgress ?? defaultStatusRules.atRiskProgress }, today: options.today ?? '2026-09-01', subgroup: options.subgroup });

describe('computeMeasureStatus', () => {
  it('judges Riverbend at risk: 1.3 of the 1.9 points expected (68%)', () => {
    expect(status(withActuals(riverbend, v('2025-26', 49.5)))).toEqual({
      status: 'at_risk',
      period: { label: '2025-26' },
      expected: 50.1,
      actual: 49.5,
      finalTarget: 68,
      trend: 'unknown',
      reason: '2025-26: 49.5 against 50.1 expected, 68% of the progress expected since the baseline',
    });
  });

  const allStudents = (actuals: PeriodValue[]) => ({ ...riverbend, actuals });
  it.each<[string, MeasureForStatus, { today?: string; subgroup?: string | null; atRiskProgress?: number }, MeasureStatus, string]>([
    ['on track at the expected value', allStudents([v('2025-26', 50.1)]), {}, 'on_track', '50.1 meets the expected 50.1 for 2025-26'],
    ['off track under half the progress', allStudents([v('2025-26', 48.5)]), {}, 'off_track', '2025-26: 48.5 against 50.1 expected, 16% of the progress expected since the baseline'],
    ['off track below the baseline', allStudents([v('2025-26', 47)]), {}, 'off_track', '2025-26: 47 against 50.1 expected, 0% of the progress expected since the baseline'],
    ['a stricter plan threshold', allStudents([v('2025-26', 49.5)]), { atRiskProgress: 0.75 }, 'off_track', '2025-26: 49.5 against 50.1 expected, 68% of the progress expected since the baseline'],
    ['achieved early when the final target is met', allStudents([v('2025-26', 68.5)]), {}, 'achieved', '68.5 meets the final target of 68'],
    ['a result for the year in progress is judged against the value expected at its end', allStudents([v('2025-26', 49.5)]), { today: '2026-06-29' }, 'at_risk', '2025-26: 49.5 against 50.1 expected, 68% of the progress expected since the baseline'],
    ['no data for a period that has not begun', allStudents([v('2025-26', 49.5)]), { today: '2025-06-30' }, 'no_data', 'No result yet'],
    ['a period ending today counts', allStudents([v('2025-26', 49.5)]), { today: '2026-06-30' }, 'at_risk', '2025-26: 49.5 against 50.1 expected, 68% of the progress expected since the baseline'],
    ['no data without actuals', riverbend, {}, 'no_data', 'No result yet'],
    ['a "TBD" actual is not data', allStudents([v('2025-26', null, { raw: 'TBD' })]), {}, 'no_data', 'No result yet'],
    ['the latest period begun is judged, whatever the list order', allStudents([v('2025-26', 50.5), v('2023-24', 40), v('2027-28', 40)]), {}, 'on_track', '50.5 meets the expected 50.1 for 2025-26'],
    ['an actual before the baseline has nothing to meet', allStudents([v('2023-24', 46)]), {}, 'no_data', 'No expected value for 2023-24: it comes before the baseline'],
    ['no targets, nothing to compare', { direction: 'increase', baseline: v('2024-25', 40), actuals: [v('2025-26', 41)] }, {}, 'no_data', 'No target with a number to compare with'],
    ['no direction: read from baseline to target', { ...riverbend, direction: undefined, actuals: [v('2025-26', 49.5)] }, {}, 'at_risk', '2025-26: 49.5 against 50.1 expected, 68% of the progress expected since the baseline'],
    ['no direction and nothing to read it from', { actuals: [v('2025-26', 49.5)] }, {}, 'no_data', 'No direction or targets to judge by'],
    // Chronic absence, lower is better: 22% down to 16% in 2026-27, 19% expected in 2025-26.
    ['decrease: at risk', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)], actuals: [v('2025-26', 19.5)] }, {}, 'at_risk', '2025-26: 19.5 against 19 expected, 83% of the progress expected since the baseline'],
    ['decrease: on track', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)], actuals: [v('2025-26', 18.9)] }, {}, 'on_track', '18.9 meets the expected 19 for 2025-26'],
    ['decrease: achieved', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)], actuals: [v('2025-26', 15)] }, {}, 'achieved', '15 meets the final target of 16'],
    ['decrease: off track when it rose', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)], actuals: [v('2025-26', 23)] }, {}, 'off_track', '2025-26: 23 against 19 expected, 0% of the progress expected since the baseline'],
    // Graduation at least 90%, already 93%.
    ['at_least: above the floor is on track, not yet achieved', { direction: 'at_least', baseline: v('2024-25', 93), targets: [v('2026-27', 90), v('2030-31', 90)], actuals: [v('2025-26', 91)] }, {}, 'on_track', '91 meets the expected 90 for 2025-26'],
    ['at_least: above the final floor in its year is achieved', { direction: 'at_least', baseline: v('2024-25', 93), targets: [v('2026-27', 90), v('2030-31', 90)], actuals: [v('2030-31', 91)] }, { today: '2031-09-01' }, 'achieved', '91 meets the final target of 90'],
    ['at_least: under the floor from above is off track', { direction: 'at_least', baseline: v('2024-25', 93), targets: [v('2026-27', 90)], actuals: [v('2025-26', 89)] }, {}, 'off_track', '89 misses the expected 90 for 2025-26'],
    ['at_least: climbing to a floor uses the progress rule', { direction: 'at_least', baseline: v('2024-25', 80), targets: [v('2026-27', 90)], actuals: [v('2025-26', 83)] }, {}, 'at_risk', '2025-26: 83 against 85 expected, 60% of the progress expected since the baseline'],
    ['at_most: over the ceiling without a baseline is off track', { direction: 'at_most', targets: [v('2026-27', 8)], actuals: [v('2025-26', 9)] }, {}, 'off_track', '9 misses the expected 8 for 2025-26'],
    ['at_most: under the ceiling', { direction: 'at_most', targets: [v('2026-27', 8)], actuals: [v('2025-26', 8)] }, {}, 'on_track', '8 meets the expected 8 for 2025-26'],
    ['maintain: holding the level', { direction: 'maintain', baseline: v('2024-25', 95), targets: [v('2030-31', 95)], actuals: [v('2025-26', 95)] }, {}, 'on_track', '95 meets the expected 95 for 2025-26'],
    ['maintain: slipping below it', { direction: 'maintain', baseline: v('2024-25', 95), targets: [v('2030-31', 95)], actuals: [v('2025-26', 94)] }, {}, 'off_track', '94 misses the expected 95 for 2025-26'],
    ['maintain: above it is fine', { direction: 'maintain', baseline: v('2024-25', 95), actuals: [v('2025-26', 97)] }, {}, 'on_track', '97 meets the expected 95 for 2025-26'],
    ['maintain from above: under the level is on track', { direction: 'maintain', baseline: v('2024-25', 12), targets: [v('2026-27', 10)], actuals: [v('2025-26', 9)] }, {}, 'on_track', '9 meets the expected 10 for 2025-26'],
    ['maintain from above: half way down is at risk', { direction: 'maintain', baseline: v('2024-25', 12), targets: [v('2026-27', 10)], actuals: [v('2025-26', 11)] }, {}, 'at_risk', '2025-26: 11 against 10 expected, 50% of the progress expected since the baseline'],
    ['range: inside', { direction: 'range', range: { min: 10, max: 15 }, targets: [v('2026-27', 12)], actuals: [v('2025-26', 12)] }, {}, 'on_track', '12 is within the range (10 to 15)'],
    ['range: on the edge is inside', { direction: 'range', range: { min: 10, max: 15 }, actuals: [v('2025-26', 10)] }, {}, 'on_track', '10 is within the range (10 to 15)'],
    ['range: outside', { direction: 'range', range: { min: 10, max: 15 }, actuals: [v('2025-26', 16)] }, {}, 'off_track', '16 is outside the range (10 to 15)'],
    ['range: one bound', { direction: 'range', range: { max: 15 }, actuals: [v('2025-26', 2)] }, {}, 'on_track', '2 is within the range (no minimum to 15)'],
    ['range: no bounds', { direction: 'range', range: {}, actuals: [v('2025-26', 2)] }, {}, 'no_data', 'The range has no minimum or maximum'],
  ])('%s', (_, measure, options, expected, reason) => {
    const result = status(measure, options);
    expect([result.status, result.reason]).toEqual([expected, reason]);
  });

  describe('student groups', () => {
    const groups: MeasureForStatus = {
      ...riverbend,
      targets: [...riverbend.targets!, v('2026-27', 30, { subgroup: 'EL' }), v('2028-29', 40, { subgroup: 'EL' })],
      actuals: [v('2024-25', 25, { subgroup: 'EL' }), v('2025-26', 27, { subgroup: 'EL' }), v('2025-26', 45, { subgroup: 'SWD' }), v('2025-26', 51)],
    };

    it.each<[string | null, MeasureStatus, number | null, number | null, number | null]>([
      [null, 'on_track', 51, 50.1, 68],
      ['EL', 'at_risk', 27, 27.5, 40], // its own line: 25 -> 30, 2 of 2.5 points
      ['SWD', 'off_track', 45, 50.1, 68], // no targets of its own: held to all students'
      ['Gifted', 'no_data', null, null, 68],
    ])('%s is %s', (subgroup, expected, actual, expectedValue, finalTarget) => {
      const result = status(groups, { subgroup });
      expect([result.status, result.actual, result.expected, result.finalTarget]).toEqual([expected, actual, expectedValue, finalTarget]);
    });
  });

  describe('trend', () => {
    it.each<[string, MeasureForStatus, Trend]>([
      ['rising reading is improving', allStudents([v('2022-23', 45), v('2023-24', 47), v('2024-25', 48.2), v('2025-26', 49.5)]), 'improving'],
      ['a flat run is flat', allStudents([v('2023-24', 49.5), v('2024-25', 49.6), v('2025-26', 49.5)]), 'flat'],
      ['periods not begun are left out', allStudents([v('2024-25', 50), v('2025-26', 49), v('2027-28', 60)]), 'declining'],
      ['falling absence is improving', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)], actuals: [v('2024-25', 22), v('2025-26', 20)] }, 'improving'],
      ['a range read by distance: back inside is improving', { direction: 'range', range: { min: 10, max: 15 }, actuals: [v('2024-25', 18), v('2025-26', 14)] }, 'improving'],
      ['a range read by distance: staying inside is flat', { direction: 'range', range: { min: 10, max: 15 }, actuals: [v('2024-25', 11), v('2025-26', 14)] }, 'flat'],
      ['a range read by distance: drifting out is declining', { direction: 'range', range: { min: 10, max: 15 }, actuals: [v('2024-25', 12), v('2025-26', 9)] }, 'declining'],
    ])('%s', (_, measure, expected) => expect(status(measure).trend).toBe(expected));
  });
});

describe('a posted result never vanishes', () => {
  // The reported case: baseline 2025-26, first target 2027-28, 40.5% (n 1,180) posted for 2026-27 in December.
  const measure: MeasureForStatus = {
    direction: 'increase',
    baseline: v('2025-26', 38),
    targets: [v('2027-28', 44), v('2029-30', 50)],
    actuals: [v('2026-27', 40.5, { n: 1180 })],
  };
  it('is the latest result, judged against the value interpolated between baseline and target', () => {
    const result = status(measure, { today: '2026-12-06' });
    expect(result.actual).toBe(40.5);
    expect(result.period?.label).toBe('2026-27');
    expect(result.status).toBe('at_risk');
    expect(result.reason).toBe('2026-27: 40.5 against 41 expected, 83% of the progress expected since the baseline');
  });
  it('was not there before its year began', () => expect(status(measure, { today: '2026-06-30' }).status).toBe('no_data'));
});
