import { describe, expect, it } from 'vitest';
import type { DatasetMapping } from '../../../core/evidence/dataset-mapping';
import { columnChoices, mappingFieldOf, isWide, listOf, metricKeyOf, wideColumnsOf, wideKindOf, withFixedMetric, withMetricSource, withShape } from './mapping-model';

const base: DatasetMapping = { headerRow: 1, entity: { nameColumn: 'School' }, period: { column: 'Year' }, group: {}, metric: { column: 'Measure' }, valueColumn: 'Rate', percentScale: 'auto' };

describe('metricKeyOf', () => {
  it.each([
    ['Chronic absenteeism %', 'chronic_absenteeism'],
    ['ELA Level 3+4', 'ela_level_3_4'],
    ['  Índice de asistencia ', 'indice_de_asistencia'],
    ['', ''],
  ])('%s -> %s', (label, key) => expect(metricKeyOf(label)).toBe(key));
});

describe('listOf', () => {
  it.each([
    ['All Schools, District Total', ['All Schools', 'District Total']],
    [' , ,', []],
    ['Division', ['Division']],
  ])('%s', (text, list) => expect(listOf(text)).toEqual(list));
});

describe('the shape of the file', () => {
  it('a long mapping turned wide drops its value column, and back keeps a value column', () => {
    const wide = withShape(base, 'wide', ['School', 'Rate']);
    expect(isWide(wide)).toBe(true);
    expect(wide.valueColumn).toBeUndefined();
    expect(wide.wideColumns).toEqual([]);
    expect(withShape(wide, 'long', ['School', 'Rate']).valueColumn).toBe('Rate');
  });

  it('wide columns hold periods, groups or metrics named by their headers', () => {
    const wide = { ...withShape(base, 'wide', []), metric: { fixed: { key: 'incidents', label: 'Incidents', unit: 'count' as const, higherIsBetter: false } } };
    expect(wideColumnsOf(['2014', '2015 '], 'period', wide)).toEqual([
      { column: '2014', period: '2014' },
      { column: '2015 ', period: '2015' },
    ]);
    expect(wideColumnsOf(['Black'], 'group', wide)).toEqual([{ column: 'Black', group: 'Black' }]);
    expect(wideColumnsOf(['Pass rate'], 'metric', wide)).toEqual([{ column: 'Pass rate', metric: { key: 'pass_rate', label: 'Pass rate', unit: 'count', higherIsBetter: null } }]);
    const mapped = { ...wide, wideColumns: wideColumnsOf(['Black'], 'group', wide) };
    expect(isWide(mapped)).toBe(true);
    expect(wideKindOf(mapped)).toBe('group');
    expect(isWide(base)).toBe(false);
  });
});

describe('the metric', () => {
  it('a fixed metric key follows its label until typed by hand', () => {
    let mapping = withMetricSource(base, 'fixed', []);
    mapping = withFixedMetric(mapping, { label: 'Chronic absenteeism' });
    expect(mapping.metric.fixed?.key).toBe('chronic_absenteeism');
    mapping = withFixedMetric(mapping, { key: 'absent_10' });
    mapping = withFixedMetric(mapping, { label: 'Chronically absent' });
    expect(mapping.metric.fixed).toMatchObject({ key: 'absent_10', label: 'Chronically absent' });
    expect(withMetricSource(mapping, 'column', ['Measure']).metric).toEqual({ column: 'Measure' });
  });
});

describe('columnChoices', () => {
  it('keeps a mapped column the file no longer has, so the select does not silently change it', () => {
    expect(columnChoices(['A', 'B'], 'C')).toEqual(['A', 'B', 'C']);
    expect(columnChoices(['A', 'B'], 'A')).toEqual(['A', 'B']);
  });
});

describe('mappingFieldOf', () => {
  it.each([
    ['/mapping/valueColumn', 'valueColumn'],
    ['/mapping/metric/fixed/key', 'metric.fixed.key'],
    ['/mapping/wideColumns/0/column', 'wideColumns'],
    ['/mapping/entity/districtValues/1', 'entity.districtValues'],
    ['/save_layout_as', null],
    ['/version', null],
  ])('%s -> %s', (pointer, field) => expect(mappingFieldOf(pointer)).toBe(field));
});
