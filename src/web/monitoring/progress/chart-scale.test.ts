import { describe, expect, it } from 'vitest';
import { buildChart, groupsOf, linePath, niceTicks, orderPeriods, periodSortKey, scaleLinear } from './chart-scale';

const value = (label: string, v: number | null, subgroup?: string, ends_on?: string) => ({ period: { label, ...(ends_on ? { ends_on } : {}) }, value: v, ...(subgroup ? { subgroup } : {}) });

describe('periodSortKey', () => {
  it.each([
    [{ label: '2025-26' }, '2026-06-30'],
    [{ label: 'SY24-25' }, '2025-06-30'],
    [{ label: '2025-26 Q2' }, '2026-06-30 Q2'],
    [{ label: '2025-09' }, '2025-09-28'],
    [{ label: 'FY2026' }, '2026-06-30'],
    [{ label: '2027' }, '2027-12-31'],
    [{ label: 'Spring', ends_on: '2026-05-01' }, '2026-05-01'],
    [{ label: 'June 2030' }, 'June 2030'],
  ])('reads %o as %s', (period, key) => expect(periodSortKey(period)).toBe(key));
});

describe('orderPeriods and groupsOf', () => {
  const measure = {
    baseline: value('2024-25', 48),
    targets: [value('2027-28', 60), value('2026-27', 55), value('2026-27', 50, 'English learners')],
    actuals: [value('2025-26', 51), value('2025-26', 40, 'English learners'), value('2025-26', 45, 'Students with disabilities')],
  };
  it('lists each period once, oldest first', () => expect(orderPeriods(measure)).toEqual(['2024-25', '2025-26', '2026-27', '2027-28']));
  it('lists the groups in the order met', () => expect(groupsOf(measure)).toEqual(['English learners', 'Students with disabilities']));

  it('draws the target line from the baseline, group targets and one actuals line per chosen group', () => {
    const chart = buildChart(measure, [null, 'English learners']);
    expect(chart.series.map((line) => line.id)).toEqual(['target:all', 'target:English learners', 'actual:all', 'actual:English learners']);
    expect(chart.series[0]!.points).toEqual([
      { at: 0, value: 48, isBaseline: true },
      { at: 2, value: 55 },
      { at: 3, value: 60 },
    ]);
    expect(chart.series[3]!.points).toEqual([{ at: 1, value: 40 }]);
    expect(chart.ticks[0]).toBeLessThanOrEqual(40);
    expect(chart.ticks.at(-1)).toBeGreaterThanOrEqual(60);
  });

  it('skips values without a number', () => {
    const chart = buildChart({ baseline: value('2024-25', null), targets: [value('2026-27', null)], actuals: [] }, [null]);
    expect(chart.series).toEqual([{ id: 'actual:all', kind: 'actual', group: null, points: [] }]);
    expect(chart.ticks).toEqual([0, 1]);
  });
});

describe('niceTicks', () => {
  it.each([
    [40, 60, [40, 45, 50, 55, 60]],
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0.1, 0.3, [0.1, 0.15, 0.2, 0.25, 0.3]],
    [12, 97, [0, 20, 40, 60, 80, 100]],
    [-5, 5, [-6, -4, -2, 0, 2, 4, 6]],
  ])('covers %d..%d with round steps', (min, max, ticks) => expect(niceTicks(min, max)).toEqual(ticks));

  it('gives one value a band around it', () => {
    const ticks = niceTicks(50, 50);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks.at(-1)).toBeGreaterThan(50);
  });
});

describe('scaleLinear and linePath', () => {
  it('maps a domain onto a reversed range', () => {
    const y = scaleLinear(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });
  it('draws a path through the points', () => expect(linePath([{ x: 0, y: 1.25 }, { x: 10.04, y: 5 }])).toBe('M0,1.3 L10,5'));
});
