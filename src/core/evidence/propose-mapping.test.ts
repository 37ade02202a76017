import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetMapping } from './dataset-mapping.js';
import { datasetMappingSchema } from './dataset-mapping.schema.js';
import { createRowReader } from './create-row-reader.js';
import { findHeaderRow } from './find-header-row.js';
import { proposeMapping } from './propose-mapping.js';

/** A small CSV splitter for fixtures: quotes allowed, no quoted newlines. */
function splitCsv(text: string): string[][] {
  return text.split('\n').map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') cells.push(cell), (cell = '');
      else cell += char;
    }
    cells.push(cell);
    return line === '' ? [] : cells;
  });
}

function propose(text: string, sheet?: string): DatasetMapping {
  const rows = splitCsv(text);
  const headerRow = findHeaderRow(rows);
  return proposeMapping({ headers: rows[headerRow - 1] ?? [], rows: rows.slice(headerRow), headerRow, ...(sheet ? { sheet } : {}) });
}

const texasTapr = `2023 Texas Academic Performance Report (TAPR),,,,,,,,
Campus STAAR Performance: Meets Grade Level or Above,,,,,,,,
CAMPUS,CAMPNAME,DISTRICT,DISTNAME,All Students,African American,Hispanic,White,Econ Disadv
001902001,CAYUGA H S,001902,CAYUGA ISD,55%,*,48%,58%,41%
001902041,CAYUGA MIDDLE,001902,CAYUGA ISD,47%,*,*,50%,39%
001902103,CAYUGA EL,001902,CAYUGA ISD,62%,*,60%,64%,57%`;

const californiaDashboard = `California School Dashboard - Chronic Absenteeism,,,,,,,,
,,,,,,,,
cds,rtype,schoolname,districtname,studentgroup,currdenom,currstatus,priorstatus,change,reportingyear
01611190130229,S,Alameda High,Alameda Unified,ALL,1745,12.5,14.1,-1.6,2023
01611190130229,S,Alameda High,Alameda Unified,AA,38,*,*,*,2023
01611190130229,S,Alameda High,Alameda Unified,HI,210,15.2,16.8,-1.6,2023
01611190132878,S,Encinal High,Alameda Unified,ALL,1020,18.1,20.5,-2.4,2023`;

const virginia = `school_year,division,school,subgroup,n_students,percent,school_level,school_short
2016-2017,ACPS,Agnor-Hurt Elementary,All Students,31,6.4,Elementary,Agnor
2016-2017,ACPS,Agnor-Hurt Elementary,Asian,0,0,Elementary,Agnor
2016-2017,ACPS,Agnor-Hurt Elementary,Black,6,5.5,Elementary,Agnor`;

const nyc = `DBN,School Name,Grade,Year,% Level 3+4
01M015,"P.S. 015 ROBERTO CLEMENTE, THE",3,2023,62.5
01M015,"P.S. 015 ROBERTO CLEMENTE, THE",6,2023,s
01M015,"P.S. 015 ROBERTO CLEMENTE, THE",All Grades,2023,48.1`;

const wideByYear = `SCHOOL_DISTRICT,SCHOOL_NAME,2014,2015,2016,2017
Appling County,Appling County High School,523,421,709,500
Appling County,Altamaha Elementary School,,12,9,7`;

const fractions = `School Code,School Name,School Year,Student Group,Number Tested,Proficiency Rate
A1,Adams,SY 2022-23,All Students,120,0.62
A1,Adams,SY 2022-23,Hispanic,40,0.55
A1,Adams,SY 2022-23,English Learners,8,n<10`;

describe('proposeMapping', () => {
  it.each<[string, string, Partial<DatasetMapping>]>([
    [
      'NYC ELA (grade as a subgroup, a year meaning the spring)',
      nyc,
      {
        headerRow: 1,
        entity: expect.objectContaining({ codeColumn: 'DBN', nameColumn: 'School Name' }) as DatasetMapping['entity'],
        period: { column: 'Year', yearMeans: 'school_year_ending' },
        subgroup: expect.objectContaining({ column: 'Grade', prefix: 'Grade ' }) as DatasetMapping['subgroup'],
        valueColumn: '% Level 3+4',
        percentScale: '0_100',
      },
    ],
    [
      'Virginia (school name, school year range, subgroup, n and percent)',
      virginia,
      {
        entity: expect.objectContaining({ nameColumn: 'school' }) as DatasetMapping['entity'],
        period: { column: 'school_year', yearMeans: 'as_written' },
        group: { column: 'subgroup' },
        valueColumn: 'percent',
        nColumn: 'n_students',
      },
    ],
    [
      'a 0-1 file with a count tested and an SY year',
      fractions,
      {
        entity: expect.objectContaining({ codeColumn: 'School Code', nameColumn: 'School Name' }) as DatasetMapping['entity'],
        period: { column: 'School Year', yearMeans: 'as_written' },
        group: { column: 'Student Group' },
        valueColumn: 'Proficiency Rate',
        nColumn: 'Number Tested',
        percentScale: '0_1',
      },
    ],
    [
      'California Dashboard (header row 3, codes, denominator and status)',
      californiaDashboard,
      {
        headerRow: 3,
        entity: expect.objectContaining({ codeColumn: 'cds', nameColumn: 'schoolname' }) as DatasetMapping['entity'],
        period: { column: 'reportingyear', yearMeans: 'school_year_ending' },
        group: { column: 'studentgroup' },
        valueColumn: 'currstatus',
        nColumn: 'currdenom',
      },
    ],
  ])('%s', (_case, text, expected) => {
    const mapping = propose(text);
    expect(mapping).toMatchObject(expected);
    expect(datasetMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('Texas TAPR: header row 3, wide by student group, "*" kept as suppressed', () => {
    const mapping = propose(texasTapr);
    expect(mapping.headerRow).toBe(3);
    expect(mapping.entity).toMatchObject({ codeColumn: 'CAMPUS', nameColumn: 'CAMPNAME' });
    expect(mapping.wideColumns?.map((column) => [column.column, column.group])).toEqual([
      ['All Students', 'All Students'],
      ['African American', 'Black'],
      ['Hispanic', 'Hispanic'],
      ['White', 'White'],
      ['Econ Disadv', 'Economically Disadvantaged'],
    ]);
    // No year column: the mapping screen asks for the file's year.
    expect(mapping.period.column).toBeUndefined();
    const withYear = { ...mapping, period: { fixed: '2022-23' } };
    expect(datasetMappingSchema.safeParse(withYear).success).toBe(true);
    const rows = splitCsv(texasTapr);
    const reader = createRowReader({ ...withYear, percentScale: '0_100' }, rows[2] ?? []);
    const read = reader.read(rows[3] ?? [], 4);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.entityKey, row.group, row.value, row.flag])).toEqual([
      ['001902001', 'All Students', 55, 'value'],
      ['001902001', 'Black', null, 'suppressed'],
      ['001902001', 'Hispanic', 48, 'value'],
      ['001902001', 'White', 58, 'value'],
      ['001902001', 'Economically Disadvantaged', 41, 'value'],
    ]);
  });

  it('wide by year: each year column a period, the metric named from the sheet', () => {
    const mapping = propose(wideByYear, 'Discipline incidents');
    expect(mapping.sheet).toBe('Discipline incidents');
    expect(mapping.wideColumns).toEqual(['2014', '2015', '2016', '2017'].map((year) => ({ column: year, period: year })));
    expect(mapping.period.yearMeans).toBe('school_year_ending');
    expect(mapping.metric.fixed).toEqual({ key: 'discipline_incidents', label: 'Discipline incidents', unit: 'count', higherIsBetter: false });
    expect(mapping.entity.nameColumn).toBe('SCHOOL_NAME');
    expect(datasetMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('several value columns become a file wide by metric, with words for unit and direction', () => {
    const mapping = propose(`division_name,school_year,population,suspension rate,graduation %
Albemarle,2016-17,13790,43.5,92.1
Charlottesville,2016-17,4300,60.1,88`);
    expect(mapping.nColumn).toBe('population');
    expect(mapping.wideColumns?.map((column) => [column.column, column.metric?.unit, column.metric?.higherIsBetter])).toEqual([
      ['suspension rate', 'percent', false],
      ['graduation %', 'percent', true],
    ]);
  });

  it('a metric column gives each of its values a metric named with the value column', () => {
    const mapping = propose(`school_year,division_name,subject,test_level,pass_count,total_count,pass_rate
2005-2006,Albemarle County,English:Reading,Grade 3,732,833,87.88
2005-2006,Albemarle County,Mathematics,Grade 3,768,845,90.89`);
    expect(mapping.metric.column).toBe('subject');
    expect(mapping.metric.values?.map((value) => [value.value, value.metric.key, value.metric.unit])).toEqual([
      ['English:Reading', 'pass_rate_english_reading', 'percent'],
      ['Mathematics', 'pass_rate_mathematics', 'percent'],
    ]);
    expect(mapping).toMatchObject({ valueColumn: 'pass_rate', nColumn: 'total_count', subgroup: { column: 'test_level' } });
  });

  it('names the district rows by their usual words', () => {
    const mapping = propose(`School,Year,Rate\nDistrict Total,2023,5\nAdams,2023,6`);
    expect(mapping.entity.districtValues).toContain('District Total');
    expect(mapping.entity.districtValues).toContain('All Schools');
  });

  it('proposes something valid-shaped for headers alone', () => {
    const mapping = proposeMapping({ headers: ['School Name', 'Year', 'Percent Proficient'], rows: [], headerRow: 1 });
    expect(mapping).toMatchObject({ entity: { nameColumn: 'School Name' }, period: { column: 'Year' }, valueColumn: 'Percent Proficient' });
  });
});

describe('proposeMapping and findHeaderRow on any table', () => {
  const cell = fc.oneof(fc.constantFrom('', 's', '*', 'N/A', '2023', '2016-17', '62.5', '0.4', 'School', 'Year', 'Hispanic', '% Met', 'n'), fc.string({ maxLength: 12 }));
  const table = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

  it('never throw, and what they propose can be read', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const headerRow = findHeaderRow(rows);
        expect(headerRow).toBeGreaterThanOrEqual(1);
        expect(headerRow).toBeLessThanOrEqual(Math.max(1, rows.length));
        const headers = rows[headerRow - 1] ?? [];
        const mapping = proposeMapping({ headers, rows: rows.slice(headerRow), headerRow });
        expect(mapping.headerRow).toBe(headerRow);
        expect(mapping.percentScale).not.toBe('auto');
        // Whatever the mapping screen must still supply (a year, a value column), nothing else is refused.
        const issues = datasetMappingSchema.safeParse(mapping).error?.issues ?? [];
        for (const issue of issues) expect(['period', 'metric', 'valueColumn', 'wideColumns']).toContain(issue.path.join('/'));
        const reader = createRowReader(mapping, headers);
        for (const [index, cells] of rows.slice(headerRow).entries()) reader.read(cells, headerRow + index + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
