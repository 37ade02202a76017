import { describe, expect, it } from 'vitest';
import { checkMeasure } from './measure-checks.js';
import type { Measure } from './format/plan-format.schema.js';

const baseline = { period: { label: '2024-25' }, value: 48 };
const targets = [{ period: { label: '2027' }, value: 52 }];
const label = 'Measure G1.M1 "Reading"';
const check = (fields: Partial<Measure>) => checkMeasure({ key: 'G1.M1', name: 'Reading', owner: 'Chief', ...fields }, label);

describe('checkMeasure', () => {
  it.each<[string, Partial<Measure>, string[]]>([
    ['complete', { baseline, targets, direction: 'increase' }, []],
    ['no owner', { baseline, targets, direction: 'increase', owner: undefined }, ['measure_missing_owner']],
    ['a blank owner', { baseline, targets, direction: 'increase', owner: ' ' }, ['measure_missing_owner']],
    ['no baseline', { targets, direction: 'increase' }, ['measure_missing_baseline']],
    ['a baseline "TBD"', { baseline: { period: { label: 'Fall' }, value: null, raw: 'TBD' }, targets, direction: 'increase' }, ['measure_baseline_without_value']],
    ['a baseline of zero is a number', { baseline: { period: { label: 'Fall' }, value: 0 }, targets, direction: 'increase' }, []],
    ['no targets', { baseline, direction: 'increase' }, ['measure_missing_targets']],
    ['an empty target list', { baseline, targets: [], direction: 'increase' }, ['measure_missing_targets']],
    ['targets only in words', { baseline, targets: [{ period: { label: '2027' }, value: null, raw: '+10 points' }], direction: 'increase' }, ['measure_targets_without_values']],
    ['one target with a number is enough', { baseline, targets: [{ period: { label: '2026' }, value: null, raw: '+5' }, ...targets], direction: 'increase' }, []],
    ['no direction', { baseline, targets }, ['measure_missing_direction']],
    ['a text measure asks for no numbers or direction', { unit: 'text', baseline: { period: { label: 'a' }, value: null, raw: 'ready' }, targets: [{ period: { label: 'b' }, value: null }] }, []],
    ['a range without bounds', { baseline, targets, direction: 'range' }, ['measure_range_without_bounds']],
    ['a range with one bound', { baseline, targets, direction: 'range', range: { max: 60 } }, []],
    ['a target against the direction', { baseline, targets, direction: 'decrease' }, ['measure_target_against_direction']],
    ['nothing but a name', { owner: undefined }, ['measure_missing_owner', 'measure_missing_baseline', 'measure_missing_targets', 'measure_missing_direction']],
  ])('%s', (_name, fields, codes) => expect(check(fields).map((c) => c.code)).toEqual(codes));

  it.each<[string, Partial<Measure>, Record<string, unknown>]>([
    [
      'quotes the raw wording of a baseline without a number',
      { baseline: { period: { label: 'Fall 2025' }, value: null, raw: 'TBD' }, targets, direction: 'increase' },
      { code: 'measure_baseline_without_value', severity: 'info', field: 'baseline', message: 'Measure G1.M1 "Reading" has a baseline for Fall 2025 without a number (written as "TBD").' },
    ],
    [
      'explains a target against the direction',
      { baseline, targets, direction: 'decrease' },
      { code: 'measure_target_against_direction', severity: 'warning', field: 'targets', message: 'Measure G1.M1 "Reading": the target for 2027 (52) is higher than the baseline (48, 2024-25), but the measure should go down.' },
    ],
    ['names the measure as the element', { baseline, targets, direction: 'increase', owner: undefined }, { key: 'G1.M1', level: 'measure', severity: 'warning', field: 'owner' }],
  ])('%s', (_name, fields, expected) => expect(check(fields)[0]).toMatchObject(expected));
});
