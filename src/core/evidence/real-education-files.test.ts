import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TidyRow } from './dataset-mapping.js';
import { createRowReader } from './create-row-reader.js';
import { findHeaderRow } from './find-header-row.js';
import { recognizeLayout } from './layout-library.js';
import { proposeMapping } from './propose-mapping.js';
import { datasetMappingSchema } from './dataset-mapping.schema.js';

/**
 * The library layouts against the real files in ../shared/data/education (beside the checkout, never
 * in the repository): each file is recognised from its header row alone, and reading every line gives
 * the tidy rows the file holds, codes kept as suppressed or missing.
 */
const educationDirectory = fileURLToPath(new URL('../../../../shared/data/education/', import.meta.url));
const hasData = existsSync(`${educationDirectory}nyc_doe_2013_2023/school-ela-results-2013-2023__1-All.csv.level3_4.SMALL.csv`);
if (!hasData) console.warn(`Skipping the real education files test: ${educationDirectory} is absent (../shared/data beside the checkout).`);

interface ReadFile {
  raw: string[][];
  layoutKey: string | null;
  rows: TidyRow[];
  problems: number;
}

function readWholeFile(relativePath: string): ReadFile {
  const raw = parse(readFileSync(educationDirectory + relativePath), { bom: true, relax_column_count: true }) as string[][];
  const headerRow = findHeaderRow(raw);
  const headers = raw[headerRow - 1] ?? [];
  const layout = recognizeLayout(headers);
  if (!layout) return { raw, layoutKey: null, rows: [], problems: 0 };
  const reader = createRowReader(layout.mapping, headers);
  expect(reader.headerProblems).toEqual([]);
  const rows: TidyRow[] = [];
  let problems = 0;
  for (let index = headerRow; index < raw.length; index++) {
    const read = reader.read(raw[index] ?? [], index + 1);
    for (const row of read.rows) rows.push(row);
    problems += read.problems.length;
  }
  return { raw: raw.slice(headerRow), layoutKey: layout.key, rows, problems };
}

const find = (rows: TidyRow[], where: Partial<TidyRow>) => rows.filter((row) => Object.entries(where).every(([key, value]) => row[key as keyof TidyRow] === value));
const flags = (rows: TidyRow[]) => ({ value: find(rows, { flag: 'value' }).length, suppressed: find(rows, { flag: 'suppressed' }).length, missing: find(rows, { flag: 'missing' }).length });

describe.skipIf(!hasData)('real education files read through the library layouts', () => {
  it('NYC ELA % Level 3+4 by school x grade x year: every line a row, "s" suppressed, grades as groups', () => {
    const file = readWholeFile('nyc_doe_2013_2023/school-ela-results-2013-2023__1-All.csv.level3_4.SMALL.csv');
    expect(file.layoutKey).toBe('nyc-ela-school-grade');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(file.raw.length);
    expect(file.rows).toHaveLength(42_343);
    const sCells = file.raw.filter((cells) => cells[4] === 's').length;
    expect(sCells).toBe(175);
    expect(flags(file.rows)).toEqual({ value: 42_343 - 175, suppressed: 175, missing: 0 });
    expect(find(file.rows, { entityKey: '01M015', period: '2022-23', group: 'Grade 3' })).toMatchObject([{ value: 62.5, flag: 'value', entityName: 'P.S. 015 ROBERTO CLEMENTE', metric: 'ela_level_3_4' }]);
    expect(find(file.rows, { entityKey: '01M015', period: '2022-23', group: 'Grade 6' })).toMatchObject([{ value: null, flag: 'suppressed' }]);
    expect(find(file.rows, { entityKey: '01M015', period: '2022-23', group: 'All Students' })).toMatchObject([{ flag: 'suppressed' }]);
    expect(new Set(file.rows.map((row) => row.group))).toEqual(new Set(['All Students', 'Grade 3', 'Grade 4', 'Grade 5', 'Grade 6', 'Grade 7', 'Grade 8']));
    expect([...new Set(file.rows.map((row) => row.period))].sort()).toEqual(['2012-13', '2013-14', '2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2021-22', '2022-23']);
    // School names with commas were quoted in the file and read whole.
    const quoted = file.raw.find((cells) => (cells[1] ?? '').includes(','));
    expect(quoted).toBeDefined();
    expect(file.rows.some((row) => row.entityName === quoted?.[1]?.trim())).toBe(true);
    expect(new Set(file.rows.map((row) => row.entityKey)).size).toBe(new Set(file.raw.map((cells) => cells[0])).size);
  });

  it('NYC demographic snapshot: 0-1 shares kept as percentages with enrolment as n, "Above 95%" suppressed', () => {
    const file = readWholeFile('nyc_doe_2013_2023/demographic-snapshot-2018-19-to-2022-23__6-School.csv');
    expect(file.layoutKey).toBe('nyc-demographic-snapshot');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(9_332 * 15);
    expect(find(file.rows, { flag: 'suppressed' })).toHaveLength(849 + 642);
    expect(find(file.rows, { flag: 'missing', group: 'Neither Female nor Male' })).toHaveLength(7_442);
    const poverty = find(file.rows, { entityKey: '01M015', period: '2018-19', group: 'Economically Disadvantaged' })[0];
    expect(poverty?.value).toBeCloseTo(84.48275923728943, 9);
    expect(poverty?.n).toBe(174);
    expect(find(file.rows, { entityKey: '01M015', period: '2018-19', metric: 'enrollment' })).toMatchObject([{ value: 174, group: 'All Students' }]);
  });

  it('Virginia chronic absenteeism by school x subgroup: the percentage and the count of absent students', () => {
    const file = readWholeFile('virginia_cville_albemarle/chronic_absenteeism_school_subgroup.csv');
    expect(file.layoutKey).toBe('va-chronic-absenteeism-school-subgroup');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(3_622 * 2);
    const albemarleHigh = find(file.rows, { entityKey: 'albemarle high', period: '2022-23', group: 'All Students' });
    expect(albemarleHigh.map((row) => [row.metric, row.value])).toEqual([
      ['chronic_absenteeism', 19],
      ['chronically_absent_students', 373],
    ]);
    // n_students counts the absent students: the percentage's n is the group's size worked out from it.
    expect(find(file.rows, { entityKey: 'agnor-hurt elementary', period: '2016-17', group: 'Black', metric: 'chronic_absenteeism' })).toMatchObject([{ value: 5.5, n: 109 }]);
    expect(albemarleHigh[0]).toMatchObject({ n: Math.round((373 * 100) / 19) });
    expect(new Set(file.rows.map((row) => row.entityKey)).size).toBe(new Set(file.raw.map((cells) => cells[2])).size);
    expect(new Set(file.rows.map((row) => row.period)).size).toBe(9);
  });

  it('Virginia SOL pass rates by division: a metric per subject, grades as groups, the number tested as n', () => {
    const file = readWholeFile('virginia_cville_albemarle/sol_pass_division.csv');
    expect(file.layoutKey).toBe('va-sol-pass-division');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(288);
    expect(find(file.rows, { entityKey: 'albemarle county', period: '2005-06', group: 'Grade 3', metric: 'sol_pass_rate_reading' })).toMatchObject([{ value: 87.88, n: 833 }]);
    expect(find(file.rows, { entityKey: 'albemarle county', period: '2005-06', group: 'Grade 3', metric: 'sol_pass_rate_mathematics' })).toMatchObject([{ value: 90.89, n: 845 }]);
    expect(file.rows.every((row) => row.n !== null && row.flag === 'value')).toBe(true);
  });

  it('Georgia discipline by subgroup: three metrics a line, "All Schools" the system\'s own, the year fixed at 2016-17', () => {
    const file = readWholeFile('georgia_discipline/discipline_by_subgroup.csv');
    expect(file.layoutKey).toBe('ga-discipline-subgroup');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(26_083 * 3);
    expect(find(file.rows, { isDistrict: true })).toHaveLength(2_402 * 3);
    expect(new Set(file.rows.map((row) => row.period))).toEqual(new Set(['2016-17']));
    const appling = find(file.rows, { entityKey: 'APPLING COUNTY – APPLING COUNTY HIGH SCHOOL', group: 'Economically Disadvantaged' });
    expect(appling.map((row) => [row.metric, row.value])).toEqual([
      ['share_of_enrollment', 66.3],
      ['share_of_disciplined_students', 77.6],
      ['discipline_representation_gap', 11.3],
    ]);
    expect(appling[0]?.entityName).toBe('Appling County High School');
  });

  it('Georgia annual incidents, wide by year: four rows a line, blank years missing', () => {
    const file = readWholeFile('georgia_discipline/annual_incidents.csv');
    expect(file.layoutKey).toBe('ga-annual-incidents');
    expect(file.problems).toBe(0);
    expect(file.rows).toHaveLength(2_427 * 4);
    const blanks = file.raw.reduce((total, cells) => total + cells.slice(5, 9).filter((cell) => cell.trim() === '').length, 0);
    expect(blanks).toBe(828);
    expect(flags(file.rows)).toEqual({ value: 2_427 * 4 - 828, suppressed: 0, missing: 828 });
    expect(find(file.rows, { entityKey: 'APPLING COUNTY – APPLING COUNTY HIGH SCHOOL' }).map((row) => [row.period, row.value])).toEqual([
      ['2013-14', 523],
      ['2014-15', 421],
      ['2015-16', 709],
      ['2016-17', 500],
    ]);
    expect(find(file.rows, { isDistrict: true, period: '2013-14' }).length).toBe(203);
  });

  it.each([
    'virginia_cville_albemarle/graduation_rates_division.csv',
    'virginia_cville_albemarle/school_suspensions_division.csv',
    'nyc_doe_2013_2023/demographic-snapshot-2018-19-to-2022-23__5-District.csv',
    'georgia_discipline/summary.csv',
  ])('a file without a library layout (%s) gets a proposal that reads it', (relativePath) => {
    const raw = parse(readFileSync(educationDirectory + relativePath), { bom: true, relax_column_count: true }) as string[][];
    const headerRow = findHeaderRow(raw);
    const headers = raw[headerRow - 1] ?? [];
    expect(recognizeLayout(headers)).toBeNull();
    const mapping = proposeMapping({ headers, rows: raw.slice(headerRow, headerRow + 200), headerRow });
    const withYear = mapping.period.column || (mapping.wideColumns ?? []).every((column) => column.period) ? mapping : { ...mapping, period: { fixed: '2016-17' } };
    expect(datasetMappingSchema.safeParse(withYear).error?.issues ?? []).toEqual([]);
    const reader = createRowReader({ ...withYear, percentScale: withYear.percentScale === 'auto' ? '0_100' : withYear.percentScale }, headers);
    expect(reader.headerProblems).toEqual([]);
    const read = reader.read(raw[headerRow] ?? [], headerRow + 1);
    expect(read.problems).toEqual([]);
    expect(read.rows.length).toBeGreaterThan(0);
  });
});
