import { describe, expect, it } from 'vitest';
import type { DatasetMapping, MetricDefinition, TidyRow } from './dataset-mapping.js';
import { createRowReader, groupSizeOf, resolvePercentScale } from './create-row-reader.js';

const ela: MetricDefinition = { key: 'ela_level_3_4', label: 'ELA % Level 3+4', unit: 'percent', higherIsBetter: true };
const incidents: MetricDefinition = { key: 'discipline_incidents', label: 'Incidents', unit: 'count', higherIsBetter: false };

const nycHeaders = ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4'];
const nycMapping: DatasetMapping = {
  headerRow: 1,
  entity: { codeColumn: 'DBN', nameColumn: 'School Name' },
  period: { column: 'Year', yearMeans: 'school_year_ending' },
  group: {},
  subgroup: { column: 'Grade', allValues: ['All Grades'], prefix: 'Grade ' },
  metric: { fixed: ela },
  valueColumn: '% Level 3+4',
  percentScale: '0_100',
};

const pick = (row: TidyRow | undefined) => row && { key: row.entityKey, period: row.period, group: row.group, metric: row.metric, value: row.value, n: row.n, flag: row.flag, district: row.isDistrict };

describe('createRowReader: a long file (NYC ELA by school x grade x year)', () => {
  const reader = createRowReader(nycMapping, nycHeaders);

  it.each<[string[], ReturnType<typeof pick>]>([
    [['01M015', 'P.S. 015 ROBERTO CLEMENTE', '3', '2023', '62.5'], { key: '01M015', period: '2022-23', group: 'Grade 3', metric: 'ela_level_3_4', value: 62.5, n: null, flag: 'value', district: false }],
    [['01M015', 'P.S. 015 ROBERTO CLEMENTE', '6', '2023', 's'], { key: '01M015', period: '2022-23', group: 'Grade 6', metric: 'ela_level_3_4', value: null, n: null, flag: 'suppressed', district: false }],
    [['01M015', 'P.S. 015 ROBERTO CLEMENTE', 'All Grades', '2019', '48'], { key: '01M015', period: '2018-19', group: 'All Students', metric: 'ela_level_3_4', value: 48, n: null, flag: 'value', district: false }],
    [['01m015 ', 'P.S. 015', 'all grades', '2013', 'N/A'], { key: '01M015', period: '2012-13', group: 'All Students', metric: 'ela_level_3_4', value: null, n: null, flag: 'missing', district: false }],
    [['01M015', 'P.S. 015', 'Grade 4', '2023', '#VALUE!'], { key: '01M015', period: '2022-23', group: 'Grade 4', metric: 'ela_level_3_4', value: null, n: null, flag: 'missing', district: false }],
    [['01M015', 'P.S. 015', '5', '2023', ''], { key: '01M015', period: '2022-23', group: 'Grade 5', metric: 'ela_level_3_4', value: null, n: null, flag: 'missing', district: false }],
  ])('%j', (cells, expected) => {
    const { rows, problems } = reader.read(cells, 2);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(pick(rows[0])).toEqual(expected);
  });

  it.each<[string[], { column: string; message: string }]>([
    [['01M015', 'P.S. 015', '3', 'twenty', '62.5'], { column: 'Year', message: '"twenty" is not a year' }],
    [['01M015', 'P.S. 015', '3', '2023', 'sixty'], { column: '% Level 3+4', message: '"sixty" is not a number' }],
    [['', '', '3', '2023', '62.5'], { column: 'School Name', message: 'No school or district is named' }],
  ])('a bad cell is a problem with its line and column, not a row: %j', (cells, problem) => {
    const { rows, problems } = reader.read(cells, 17);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 17, ...problem }]);
  });

  it('names the school by name when the code is blank, and keeps the name as written', () => {
    const { rows } = reader.read(['', '  P.S.  015 Roberto ', '3', '2023', '10'], 3);
    expect(rows[0]).toMatchObject({ entityKey: 'p.s. 015 roberto', entityName: 'P.S. 015 Roberto', entityCode: null });
  });

  it('lists the metric it reads', () => {
    expect(reader.metrics()).toEqual([ela]);
  });
});

describe('createRowReader: percentages on 0-1, counts n, groups, filters and the district', () => {
  const headers = ['state', 'district', 'school', 'school year', 'student group', 'rate', 'n tested'];
  const base: DatasetMapping = {
    headerRow: 3,
    entity: { nameColumn: 'school', districtValues: ['District Total'] },
    period: { column: 'school year' },
    group: { column: 'student group' },
    metric: { fixed: { key: 'proficiency', label: 'Proficient (%)', unit: 'percent', higherIsBetter: true } },
    valueColumn: 'rate',
    nColumn: 'n tested',
    percentScale: '0_1',
    filters: [{ column: 'district', equals: ['Cayuga ISD'] }],
  };
  const reader = createRowReader(base, headers);

  it.each<[string[], Partial<TidyRow> | null]>([
    [['TX', 'Cayuga ISD', 'Cayuga H S', 'SY 2022-23', 'Hispanic', '0.625', '40'], { entityKey: 'cayuga h s', period: '2022-23', group: 'Hispanic', value: 62.5, n: 40, flag: 'value', isDistrict: false }],
    [['TX', ' cayuga isd ', 'Cayuga H S', '2022-2023', '', '0.5', '1,200'], { group: 'All Students', value: 50, n: 1200 }],
    [['TX', 'Cayuga ISD', 'District Total', '2022-23', 'All Students', '0.7', '300'], { isDistrict: true, value: 70, n: 300 }],
    [['TX', 'Cayuga ISD', 'Cayuga H S', '2022-23', 'Asian', '*', '<10'], { value: null, n: null, flag: 'suppressed' }],
    [['TX', 'Cayuga ISD', 'Cayuga H S', '2022-23', 'Asian', '0.4', '31.0'], { value: 40, n: 31 }],
    [['TX', 'Other ISD', 'Other H S', '2022-23', 'Asian', '0.9', '50'], null], // filtered out
  ])('%j', (cells, expected) => {
    const { rows, problems } = reader.read(cells, 4);
    expect(problems).toEqual([]);
    if (expected === null) expect(rows).toEqual([]);
    else expect(rows[0]).toMatchObject(expected);
  });

  it.each<[string, string, string]>([
    ['-3', 'n tested', 'A count of students cannot be negative'],
    ['12.5', 'n tested', 'A count of students must be a whole number'],
    ['lots', 'n tested', '"lots" is not a number'],
  ])('n %j is a problem', (n, column, message) => {
    const { rows, problems } = reader.read(['TX', 'Cayuga ISD', 'A', '2022-23', 'All Students', '0.5', n], 9);
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 9, column, message }]);
  });

  it('reads a file without entity columns as the district\'s own', () => {
    const districtOnly = createRowReader({ ...base, entity: {}, filters: [] }, headers);
    expect(districtOnly.read(['TX', 'x', 'y', '2022-23', 'All Students', '0.5', '9'], 2).rows[0]).toMatchObject({ entityKey: 'district', isDistrict: true, entityCode: null });
  });
});

describe('createRowReader: wide files', () => {
  it('gives one row per year column (Georgia incidents 2014-2017), a blank year kept as missing', () => {
    const headers = ['SCHOOL_DISTRICT', 'SCHOOL_NAME', 'SYS_SCH', 'YEARS', 'CHECK', '2014', '2015', '2016', '2017'];
    const reader = createRowReader(
      {
        headerRow: 1,
        entity: { codeColumn: 'SYS_SCH', nameColumn: 'SCHOOL_NAME' },
        period: { yearMeans: 'school_year_ending' },
        group: {},
        metric: { fixed: incidents },
        wideColumns: ['2014', '2015', '2016', '2017'].map((year) => ({ column: year, period: year })),
        percentScale: '0_100',
      },
      headers,
    );
    const { rows, problems } = reader.read(['Appling County', 'Appling County High School', 'Appling County – Appling County High School', '3', 'FALSE', '', '421', '709', '500'], 2);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.period, row.value, row.flag])).toEqual([
      ['2013-14', null, 'missing'],
      ['2014-15', 421, 'value'],
      ['2015-16', 709, 'value'],
      ['2016-17', 500, 'value'],
    ]);
    expect(rows[0]?.entityKey).toBe('APPLING COUNTY – APPLING COUNTY HIGH SCHOOL');
  });

  it('gives one row per group column, each with its own n (wide by group)', () => {
    const headers = ['Campus', 'Year', 'All Students % Met', 'All Students N', 'Hispanic % Met', 'Hispanic N'];
    const met: MetricDefinition = { key: 'met_grade_level', label: '% Met grade level', unit: 'percent', higherIsBetter: true };
    const reader = createRowReader(
      {
        headerRow: 1,
        entity: { codeColumn: 'Campus' },
        period: { column: 'Year', yearMeans: 'school_year_ending' },
        group: {},
        metric: { fixed: met },
        wideColumns: [
          { column: 'All Students % Met', group: 'All Students', nColumn: 'All Students N' },
          { column: 'Hispanic % Met', group: 'Hispanic', nColumn: 'Hispanic N' },
        ],
        percentScale: '0_100',
      },
      headers,
    );
    const { rows } = reader.read(['001902001', '2023', '88%', '120', '*', '7'], 5);
    expect(rows.map((row) => [row.entityKey, row.period, row.group, row.value, row.n, row.flag])).toEqual([
      ['001902001', '2022-23', 'All Students', 88, 120, 'value'],
      ['001902001', '2022-23', 'Hispanic', null, 7, 'suppressed'],
    ]);
  });

  it('gives one row per metric column, a problem in one leaving the others (wide by metric)', () => {
    const reader = createRowReader(
      {
        headerRow: 1,
        entity: { nameColumn: 'school' },
        period: { fixed: '2016-2017' },
        group: { column: 'subgroup' },
        metric: {},
        wideColumns: [
          { column: 'percent', metric: { key: 'chronic_absenteeism', label: 'Chronic absenteeism', unit: 'percent', higherIsBetter: false } },
          { column: 'n_students', metric: { key: 'chronically_absent_students', label: 'Chronically absent', unit: 'count', higherIsBetter: false } },
        ],
        percentScale: '0_100',
      },
      ['school', 'subgroup', 'n_students', 'percent'],
    );
    expect(reader.read(['Agnor-Hurt Elementary', 'Black', '6', '5.5'], 4).rows.map((row) => [row.period, row.metric, row.value])).toEqual([
      ['2016-17', 'chronic_absenteeism', 5.5],
      ['2016-17', 'chronically_absent_students', 6],
    ]);
    const bad = reader.read(['Agnor-Hurt Elementary', 'Black', '6', 'oops'], 5);
    expect(bad.rows.map((row) => row.metric)).toEqual(['chronically_absent_students']);
    expect(bad.problems).toEqual([{ line: 5, column: 'percent', message: '"oops" is not a number' }]);
    expect(reader.metrics().map((metric) => metric.key)).toEqual(['chronic_absenteeism', 'chronically_absent_students']);
  });
});

describe('the size of a group from the part a percentage counts', () => {
  it.each<[string, number | null, number | null, number | null]>([
    ['31 students at 6.4% are a group of 484', 31, 6.4, 484],
    ['6 at 5.5% round to 109', 6, 5.5, 109],
    ['everyone: the part is the group', 12, 100, 12],
    ['1 at 50%: a group of 2, which the small-group rule hides', 1, 50, 2],
    ['0% says nothing of the size', 0, 0, null],
    ['a hidden or missing percentage says nothing either', 31, null, null],
    ['no count, no size', null, 6.4, null],
  ])('%s', (_case, part, percent, size) => {
    expect(groupSizeOf(part, percent)).toBe(size);
  });

  it('reads a count of the students in the percentage as the group’s size (nMeans: students_in_value)', () => {
    const reader = createRowReader(
      {
        headerRow: 1,
        entity: { nameColumn: 'school' },
        period: { fixed: '2016-2017' },
        group: { column: 'subgroup' },
        metric: {},
        wideColumns: [
          { column: 'percent', metric: { key: 'chronic_absenteeism', label: 'Chronic absenteeism', unit: 'percent', higherIsBetter: false }, nColumn: 'n_students', nMeans: 'students_in_value' },
          { column: 'n_students', metric: { key: 'chronically_absent_students', label: 'Chronically absent', unit: 'count', higherIsBetter: false } },
        ],
        percentScale: '0_100',
      },
      ['school', 'subgroup', 'n_students', 'percent'],
    );
    expect(reader.read(['Agnor-Hurt Elementary', 'All Students', '31', '6.4'], 2).rows.map((row) => [row.metric, row.value, row.n])).toEqual([
      ['chronic_absenteeism', 6.4, 484],
      ['chronically_absent_students', 31, null],
    ]);
    // A group nobody in it is absent from: no size follows, so the percentage has no n.
    expect(reader.read(['Agnor-Hurt Elementary', 'Asian', '0', '0'], 3).rows[0]).toMatchObject({ value: 0, n: null });
  });
});

describe('createRowReader: a metric column (long by metric)', () => {
  const reading: MetricDefinition = { key: 'sol_pass_rate_reading', label: 'SOL reading', unit: 'percent', higherIsBetter: true };
  const reader = createRowReader(
    {
      headerRow: 1,
      entity: { nameColumn: 'division_name' },
      period: { column: 'school_year' },
      group: {},
      subgroup: { column: 'test_level', allValues: ['All'], prefix: 'Grade ' },
      metric: { column: 'subject', values: [{ value: 'English:Reading', metric: reading }] },
      valueColumn: 'pass_rate',
      nColumn: 'total_count',
      percentScale: '0_100',
    },
    ['school_year', 'division_name', 'subject', 'test_level', 'pass_count', 'total_count', 'pass_rate'],
  );

  it.each<[string[], Partial<TidyRow>]>([
    [['2005-2006', 'Albemarle County', 'English:Reading', 'Grade 3', '732', '833', '87.88'], { metric: 'sol_pass_rate_reading', group: 'Grade 3', value: 87.88, n: 833, period: '2005-06' }],
    [['2005-2006', 'Albemarle County', 'english:reading', '5', '1', '2', '50'], { metric: 'sol_pass_rate_reading', group: 'Grade 5' }],
    [['2005-2006', 'Albemarle County', 'Science Pass Rate', 'All', '1', '2', '50'], { metric: 'science_pass_rate', group: 'All Students' }],
  ])('%j', (cells, expected) => {
    expect(reader.read(cells, 2).rows[0]).toMatchObject(expected);
  });

  it('a blank metric cell is a problem', () => {
    expect(reader.read(['2005-2006', 'Albemarle County', '', 'Grade 3', '1', '2', '3'], 8).problems).toEqual([{ line: 8, column: 'subject', message: 'No metric is named' }]);
  });

  it('lists the metrics named so far, the listed definitions first seen by the rows', () => {
    expect(reader.metrics().map((metric) => [metric.key, metric.unit])).toEqual([
      ['sol_pass_rate_reading', 'percent'],
      ['science_pass_rate', 'percent'],
    ]);
  });
});

describe('createRowReader: header problems', () => {
  it.each<[string, Partial<DatasetMapping>, string[]]>([
    ['a renamed value column', { valueColumn: '% Level 3 and 4' }, ['% Level 3 and 4']],
    ['a missing year and code column', { period: { column: 'School Year' }, entity: { codeColumn: 'Code', nameColumn: 'School Name' } }, ['Code', 'School Year']],
    ['a filter on a missing column', { filters: [{ column: 'District', equals: ['01'] }] }, ['District']],
  ])('%s', (_case, change, columns) => {
    const reader = createRowReader({ ...nycMapping, ...change }, nycHeaders);
    expect(reader.headerProblems.map((problem) => problem.column)).toEqual(columns);
    expect(reader.headerProblems.every((problem) => problem.line === 1)).toBe(true);
    expect(reader.read(['01M015', 'P.S. 015', '3', '2023', '62.5'], 2)).toEqual({ rows: [], problems: [] });
  });

  it('finds columns whatever their case, spacing or byte-order mark', () => {
    const reader = createRowReader(nycMapping, ['\uFEFFdbn', 'school name ', 'GRADE', 'Year', '% level 3+4']);
    expect(reader.headerProblems).toEqual([]);
    expect(reader.read(['01M015', 'P.S. 015', '3', '2023', '62.5'], 2).rows[0]?.value).toBe(62.5);
  });

  it('refuses an unresolved "auto" scale', () => {
    expect(() => createRowReader({ ...nycMapping, percentScale: 'auto' }, nycHeaders)).toThrow(/resolvePercentScale/);
  });
});

describe('resolvePercentScale', () => {
  const mapping: DatasetMapping = { ...nycMapping, percentScale: 'auto' };
  it.each<[string, string[], '0_100' | '0_1']>([
    ['fractions', ['0.625', '0.5', '1', '0', 's'], '0_1'],
    ['percentages', ['62.5', '0.5', '30'], '0_100'],
    ['only 0 and 1 (no fraction to tell)', ['0', '1', '1'], '0_100'],
    ['only codes', ['s', 'N/A', ''], '0_100'],
    ['small values written with a percent sign', ['0.5%', '0.25%'], '0_100'],
  ])('%s -> %s', (_case, values, scale) => {
    const sample = values.map((value) => ['01M015', 'x', '3', '2023', value]);
    expect(resolvePercentScale(mapping, nycHeaders, sample).percentScale).toBe(scale);
  });

  it('leaves a decided scale and a count metric alone', () => {
    const sample = [['01M015', 'x', '3', '2023', '0.5']];
    expect(resolvePercentScale({ ...mapping, percentScale: '0_100' }, nycHeaders, sample).percentScale).toBe('0_100');
    expect(resolvePercentScale({ ...mapping, metric: { fixed: incidents } }, nycHeaders, sample).percentScale).toBe('0_100');
  });

  it('reads the wide percent columns only', () => {
    const wide: DatasetMapping = {
      ...mapping,
      valueColumn: undefined,
      metric: {},
      wideColumns: [
        { column: 'Grade', metric: incidents },
        { column: '% Level 3+4', metric: ela },
      ],
    };
    delete wide.valueColumn;
    expect(resolvePercentScale(wide, nycHeaders, [['a', 'b', '300', '2023', '0.3']]).percentScale).toBe('0_1');
  });
});
