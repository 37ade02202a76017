import { describe, expect, it } from 'vitest';
import { findTargetsAgainstDirection, orderTargets } from './target-direction.js';
import type { Measure, MeasureValue } from './format/plan-format.schema.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';

/** A target in a period, written `label` or `label@ends_on`, for a subgroup after a `|`. */
const t = (spec: string, value: number | null): MeasureValue => {
  const [period, subgroup] = spec.split('|');
  const [label, endsOn] = period!.split('@');
  return { period: { label: label!, ...(endsOn ? { ends_on: endsOn } : {}) }, value, ...(subgroup ? { subgroup } : {}) };
};
const measure = (fields: Partial<Measure>): Measure => ({ key: 'M', name: 'm', ...fields });

describe('orderTargets', () => {
  it.each<[string, MeasureValue[], number[]]>([
    ['list order when nothing is dated', [t('b', 1), t('a', 2)], [0, 1]],
    ['by ends_on when all are dated', [t('y2@2030-06-30', 1), t('y1@2027-06-30', 2), t('y0@2026-06-30', 3)], [2, 1, 0]],
    ['same date keeps list order', [t('a@2027-06-30', 1), t('b@2027-06-30', 2)], [0, 1]],
    ['undated targets keep their place, dated ones sort among theirs', [t('late@2030-06-30', 1), t('mid', 2), t('early@2027-06-30', 3)], [2, 1, 0]],
    ['empty', [], []],
  ])('%s', (_name, targets, indexes) => expect(orderTargets(targets).map((p) => p.index)).toEqual(indexes));
});

describe('findTargetsAgainstDirection', () => {
  const base = (value: number | null, subgroup?: string): MeasureValue => ({ period: { label: '2024-25' }, value, ...(subgroup ? { subgroup } : {}) });

  it.each<[string, Partial<Measure>, number[]]>([
    ['increase: rising targets pass', { direction: 'increase', baseline: base(48), targets: [t('a', 52), t('b', 56), t('c', 56)] }, []],
    ['increase: a dip below an earlier target', { direction: 'increase', baseline: base(48), targets: [t('a', 52), t('b', 50), t('c', 60)] }, [1]],
    ['increase: every target below the baseline', { direction: 'increase', baseline: base(48), targets: [t('a', 45), t('b', 46)] }, [0, 1]],
    ['increase: a later target lower than any earlier one, not only the previous', { direction: 'increase', targets: [t('a', 60), t('b', 40), t('c', 50)] }, [1, 2]],
    ['increase: order follows ends_on, not the list', { direction: 'increase', targets: [t('late@2030-06-30', 60), t('early@2027-06-30', 52)] }, []],
    ['increase: ends_on reveals a fall the list hides', { direction: 'increase', targets: [t('early@2027-06-30', 52), t('late@2030-06-30', 40)] }, [1]],
    ['increase: null values are skipped, not read as zero', { direction: 'increase', baseline: base(null), targets: [t('a', null), t('b', 10), t('c', null), t('d', 12)] }, []],
    ['increase: subgroups form their own series', { direction: 'increase', baseline: base(41), targets: [t('a', 60), t('a|English learners', 45), t('b|English learners', 50)] }, []],
    ['increase: a subgroup baseline judges only its own group', { direction: 'increase', baseline: base(70, 'EL'), targets: [t('a', 60), t('a|EL', 65)] }, [1]],
    ['decrease: falling targets pass', { direction: 'decrease', baseline: base(21.4), targets: [t('a', 15), t('b', 10)] }, []],
    ['decrease: a target above the baseline', { direction: 'decrease', baseline: base(21.4), targets: [t('a', 22), t('b', 10)] }, [0]],
    ['decrease: a rise after a fall', { direction: 'decrease', targets: [t('a', 15), t('b', 18)] }, [1]],
    ['at_least: a floor under the baseline is fine', { direction: 'at_least', baseline: base(93), targets: [t('a', 90), t('b', 90)] }, []],
    ['at_least: a lowered floor', { direction: 'at_least', targets: [t('a', 95), t('b', 90)] }, [1]],
    ['at_most: a ceiling over the baseline is fine', { direction: 'at_most', baseline: base(3), targets: [t('a', 5)] }, []],
    ['at_most: a raised ceiling', { direction: 'at_most', targets: [t('a', 5), t('b', 8)] }, [1]],
    ['maintain: one level held', { direction: 'maintain', baseline: base(80), targets: [t('a', 95), t('b', 95)] }, []],
    ['maintain: a changed level', { direction: 'maintain', targets: [t('a', 95), t('b', 90), t('c', 95)] }, [1]],
    ['range: inside the bounds', { direction: 'range', range: { min: 0, max: 12.5 }, targets: [t('a', 0), t('b', 12.5)] }, []],
    ['range: outside either bound', { direction: 'range', range: { min: 0, max: 12.5 }, targets: [t('a', -1), t('b', 6), t('c', 13)] }, [0, 2]],
    ['range: only the bound given is checked', { direction: 'range', range: { max: 10 }, targets: [t('a', -100), t('b', 11)] }, [1]],
    ['range bounds apply to other directions too', { direction: 'increase', range: { max: 100 }, targets: [t('a', 90), t('b', 101)] }, [1]],
    ['no direction: nothing to judge', { targets: [t('a', 9), t('b', 1)] }, []],
    ['no targets', { direction: 'increase', baseline: base(5) }, []],
  ])('%s', (_name, fields, indexes) => expect(findTargetsAgainstDirection(measure(fields)).map((p) => p.index)).toEqual(indexes));

  it.each<[Partial<Measure>, string]>([
    [{ direction: 'increase', unit: 'percent', baseline: base(48.2), targets: [t('2026-27', 45)] }, 'the target for 2026-27 (45%) is lower than the baseline (48.2%, 2024-25), but the measure should go up'],
    [{ direction: 'increase', targets: [t('2027-28', 56), t('2028-29', 50)] }, 'the target for 2028-29 (50) is lower than the earlier target for 2027-28 (56), but the measure should go up'],
    [{ direction: 'at_most', targets: [t('a|EL', 5), t('b|EL', 8)] }, 'the target for b (EL) (8) is higher than the earlier target for a (EL) (5), but the measure sets ceilings that should not rise'],
    [{ direction: 'range', range: { min: 1 }, targets: [t('a', 0)] }, 'the target for a (0) is below the range minimum of 1'],
    [{ direction: 'maintain', targets: [t('a', 95), t('b', 90)] }, 'the target for b (90) differs from the target for a (95), but the measure should hold one level'],
  ])('explains %j', (fields, explanation) => expect(findTargetsAgainstDirection(measure(fields))[0]?.explanation).toBe(explanation));

  it('finds nothing wrong in the every-field plan, whose 45% target is for English learners', () => {
    const measures = everyFieldPlan.plan.goals.flatMap((g) => [...(g.measures ?? []), ...(g.strategies ?? []).flatMap((s) => s.measures ?? [])]);
    expect(measures.flatMap(findTargetsAgainstDirection)).toEqual([]);
  });
});
