import { describe, expect, it } from 'vitest';
import { datasetMappingSchema } from './dataset-mapping.schema.js';
import { createRowReader } from './create-row-reader.js';
import { libraryLayout, libraryLayouts, recognizeLayout } from './layout-library.js';

describe('libraryLayouts', () => {
  it('has the layouts the contract names, each key once', () => {
    const keys = libraryLayouts.map((layout) => layout.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ['nyc-ela-school-grade', 'nyc-demographic-snapshot', 'va-chronic-absenteeism-school-subgroup', 'ga-discipline-subgroup', 'ga-annual-incidents', 'va-sol-pass-division']) {
      expect(libraryLayout(key)?.key).toBe(key);
    }
    expect(libraryLayout('nope')).toBeNull();
  });

  it.each(libraryLayouts.map((layout) => [layout.key, layout] as const))('%s is a valid mapping whose columns are all in its headers, with meaningful metrics', (_key, layout) => {
    expect(datasetMappingSchema.safeParse(layout.mapping).success).toBe(true);
    expect(layout.mapping.percentScale).not.toBe('auto');
    const reader = createRowReader(layout.mapping, layout.headers);
    expect(reader.headerProblems).toEqual([]);
    const metrics = [
      ...(layout.mapping.metric.fixed ? [layout.mapping.metric.fixed] : []),
      ...(layout.mapping.metric.values ?? []).map((value) => value.metric),
      ...(layout.mapping.wideColumns ?? []).flatMap((column) => (column.metric ? [column.metric] : [])),
    ];
    expect(metrics.length).toBeGreaterThan(0);
    for (const metric of metrics) {
      expect(metric.key).toMatch(/^[a-z][a-z0-9_]+$/);
      expect(metric.label.length).toBeGreaterThan(5);
      expect(metric.key).not.toMatch(/^(value|pct|number|percent)$/);
    }
    expect(layout.description.length).toBeGreaterThan(40);
    if (layout.districtColumn !== undefined) expect(layout.headers).toContain(layout.districtColumn);
  });

  it('states a direction for every outcome metric', () => {
    const direction = (key: string) =>
      libraryLayouts
        .flatMap((layout) => [layout.mapping.metric.fixed, ...(layout.mapping.metric.values ?? []).map((value) => value.metric), ...(layout.mapping.wideColumns ?? []).map((column) => column.metric)])
        .find((metric) => metric?.key === key)?.higherIsBetter;
    expect(direction('ela_level_3_4')).toBe(true);
    expect(direction('sol_pass_rate_mathematics')).toBe(true);
    expect(direction('chronic_absenteeism')).toBe(false);
    expect(direction('discipline_incidents')).toBe(false);
    expect(direction('share_of_enrollment')).toBeNull();
  });
});

describe('recognizeLayout', () => {
  it.each<[string, string[], string | null]>([
    ['NYC ELA', ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4'], 'nyc-ela-school-grade'],
    ['NYC ELA, columns moved and cased differently', ['year', 'dbn', 'GRADE', '% level 3+4', 'school name'], 'nyc-ela-school-grade'],
    ['NYC ELA with an extra column', ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4', 'Notes'], 'nyc-ela-school-grade'],
    ['NYC ELA without its value column', ['DBN', 'School Name', 'Grade', 'Year'], null],
    ['Virginia absenteeism', ['school_year', 'division', 'school', 'subgroup', 'n_students', 'percent', 'school_level', 'school_short'], 'va-chronic-absenteeism-school-subgroup'],
    ['Virginia SOL', ['school_year', 'division_name', 'subject', 'test_level', 'pass_count', 'total_count', 'pass_rate'], 'va-sol-pass-division'],
    ['Georgia subgroup', ['SCHOOL_DISTRICT', 'SCHOOL_NAME', 'SYS_SCH', 'SUBGROUP_CATEGORY', 'SUBGROUP', 'ENROLLMENT', '%_OVERALL_POP', '%_DISC_POP', 'OVER/UNDER', 'PPTS', 'CUM_%_OVERALL', 'CUM_%_DISC'], 'ga-discipline-subgroup'],
    ['Georgia incidents', ['SCHOOL_DISTRICT', 'SCHOOL_NAME', 'SYS_SCH', 'YEARS', 'CHECK', '2014', '2015', '2016', '2017'], 'ga-annual-incidents'],
    ['something else', ['School', 'Year', 'Rate'], null],
    ['no headers', [], null],
  ])('%s -> %s', (_case, headers, key) => {
    expect(recognizeLayout(headers)?.key ?? null).toBe(key);
  });
});
