import { describe, expect, it } from 'vitest';
import { measureSeries, postedActuals } from './measure-series.js';
import type { MeasureForStatus, PeriodValue, ReportingCalendar } from './monitoring-types.js';

const calendar: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 };
const v = (label: string, value: number | null, extra: Partial<PeriodValue> = {}): PeriodValue => ({ period: { label }, value, ...extra });

describe('measureSeries', () => {
  it.each<[string, MeasureForStatus, string | null, { baseline: number | null; targets: number[]; finalTarget: number | null }]>([
    ['targets in time order, words left out', { baseline: v('2024-25', 40), targets: [v('2028-29', 60), v('2026-27', 50), v('2027-28', null, { raw: 'TBD' })] }, null, { baseline: 40, targets: [50, 60], finalTarget: 60 }],
    ['undated targets still give a final target in list order', { targets: [v('first', 50), v('second', 55)] }, null, { baseline: null, targets: [], finalTarget: 55 }],
    ['a group with its own targets does not borrow the all-students baseline', { baseline: v('2024-25', 40), targets: [v('2026-27', 30, { subgroup: 'EL' })] }, 'EL', { baseline: null, targets: [30], finalTarget: 30 }],
    [
      'its baseline is its actual for the baseline year',
      { baseline: { period: { label: 'Spring 2025', ends_on: '2025-06-30' }, value: 40 }, targets: [v('2026-27', 30, { subgroup: 'EL' })], actuals: [v('2024-25', 22, { subgroup: 'EL' })] },
      'EL',
      { baseline: 22, targets: [30], finalTarget: 30 },
    ],
    ['a group without targets takes all students’', { baseline: v('2024-25', 40), targets: [v('2026-27', 50), v('2026-27', 30, { subgroup: 'EL' })] }, 'SWD', { baseline: 40, targets: [50], finalTarget: 50 }],
  ])('%s', (_, measure, subgroup, expected) => {
    const series = measureSeries(measure, calendar, subgroup);
    expect({ baseline: series.baseline?.value ?? null, targets: series.targets.map((t) => t.value), finalTarget: series.finalTarget?.value ?? null }).toEqual(expected);
  });
});

describe('postedActuals', () => {
  it('keeps the group’s numeric, datable actuals of periods begun by today, oldest first, the later of two for a period', () => {
    const measure: MeasureForStatus = {
      actuals: [v('2025-26', 50), v('2023-24', 45), v('2025-26', 51), v('2024-25', null), v('someday', 60), v('2026-27', 55), v('2024-25', 30, { subgroup: 'EL' })],
    };
    expect(postedActuals(measure, calendar, '2026-09-01').map((a) => [a.period.label, a.value])).toEqual([
      ['2023-24', 45],
      ['2025-26', 51],
      ['2026-27', 55],
    ]);
    // As of a day before 2026-27 began, its result was not there yet.
    expect(postedActuals(measure, calendar, '2026-06-30').map((a) => a.period.label)).toEqual(['2023-24', '2025-26']);
    expect(postedActuals(measure, calendar, '2026-09-01', 'EL').map((a) => a.value)).toEqual([30]);
  });
});
