import { describe, expect, it } from 'vitest';
import type { DatasetMapping } from './dataset-mapping.js';
import { datasetMappingSchema } from './dataset-mapping.schema.js';
import { libraryLayouts } from './layout-library.js';

const metric = { key: 'ela_level_3_4', label: 'ELA', unit: 'percent', higherIsBetter: true } as const;
const long: DatasetMapping = {
  headerRow: 1,
  entity: { codeColumn: 'DBN' },
  period: { column: 'Year', yearMeans: 'school_year_ending' },
  group: {},
  metric: { fixed: metric },
  valueColumn: '% Level 3+4',
  percentScale: 'auto',
};
const wide: DatasetMapping = {
  headerRow: 1,
  entity: { nameColumn: 'SCHOOL_NAME' },
  period: {},
  group: {},
  metric: { fixed: { ...metric, key: 'incidents', unit: 'count' } },
  wideColumns: [
    { column: '2014', period: '2014' },
    { column: '2015', period: '2015' },
  ],
  percentScale: '0_100',
};

const issuesOf = (value: unknown) => {
  const result = datasetMappingSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('/'));
};

describe('datasetMappingSchema', () => {
  it.each<[string, unknown]>([
    ['a long mapping', long],
    ['a wide mapping by year', wide],
    ['every library layout', null],
  ])('accepts %s', (_case, value) => {
    for (const mapping of value === null ? libraryLayouts.map((layout) => layout.mapping) : [value]) {
      expect(issuesOf(mapping)).toEqual([]);
    }
  });

  it.each<[string, unknown, string[]]>([
    ['a long layout without its value column', { ...long, valueColumn: undefined }, ['valueColumn']],
    ['a wide layout with an empty column list (and so no period)', { ...wide, wideColumns: [] }, ['wideColumns', 'period']],
    ['a wide layout that also names a value column', { ...wide, valueColumn: 'x' }, ['valueColumn']],
    ['no metric', { ...long, metric: {} }, ['metric']],
    ['a metric column and a fixed metric', { ...long, metric: { column: 'Subject', fixed: metric } }, ['metric']],
    ['metric values without a metric column', { ...long, metric: { fixed: metric, values: [{ value: 'Math', metric }] } }, ['metric/values']],
    ['no period', { ...long, period: {} }, ['period']],
    ['a wide column without its period', { ...wide, wideColumns: [{ column: '2014', period: '2014' }, { column: '2015' }] }, ['period']],
    ['a period column and a fixed period', { ...long, period: { column: 'Year', fixed: '2023' } }, ['period/fixed']],
    ['a group column and a fixed group', { ...long, group: { column: 'g', fixed: 'All Students' } }, ['group/fixed']],
    ['a column listed twice', { ...wide, wideColumns: [{ column: '2014', period: '2014' }, { column: '2014', period: '2015' }] }, ['wideColumns/1/column']],
    ['a bad metric key', { ...long, metric: { fixed: { ...metric, key: 'ELA 3+4' } } }, ['metric/fixed/key']],
    ['a bad unit', { ...long, metric: { fixed: { ...metric, unit: 'percentage' } } }, ['metric/fixed/unit']],
    ['header row 0', { ...long, headerRow: 0 }, ['headerRow']],
    ['an unknown field', { ...long, valueColum: 'x' }, ['']],
    ['a blank column name', { ...long, valueColumn: '  ' }, ['valueColumn']],
    ['a filter without values', { ...long, filters: [{ column: 'District', equals: [] }] }, ['filters/0/equals']],
    ['an unknown scale', { ...long, percentScale: '0_1000' }, ['percentScale']],
  ])('refuses %s, naming the field', (_case, value, paths) => {
    expect(issuesOf(value)).toEqual(paths);
  });
});
