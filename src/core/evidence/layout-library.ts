import type { DatasetMapping, MetricDefinition, WideColumn } from './dataset-mapping.js';
import { normalizeHeader } from './layout-fingerprint.js';

/**
 * Layouts Waymark knows: public files districts download, mapped once here so they import with no
 * mapping work. Each keeps the header row it was made from; a file is recognised when it has every
 * one of those headers (a later year's download may add columns at the end).
 */
export interface LibraryLayout {
  key: string;
  name: string;
  description: string;
  mapping: DatasetMapping;
  /** The header row of the file the layout was made from. */
  headers: string[];
  /**
   * For a file that covers a whole state (or several districts): the column naming each row's
   * district or division. Its rows of other districts are not this district's; the import can add a
   * filter on it with the district's name, or the entities screen marks them ignored.
   */
  districtColumn?: string;
}

const metric = (key: string, label: string, unit: MetricDefinition['unit'], higherIsBetter: boolean | null): MetricDefinition => ({ key, label, unit, higherIsBetter });

const elaLevel34 = metric('ela_level_3_4', 'ELA proficiency (% at Level 3 or 4)', 'percent', true);

const nycEla: LibraryLayout = {
  key: 'nyc-ela-school-grade',
  name: 'NYC ELA results by school and grade',
  description:
    'New York City DOE state ELA test results, 2013-2023: the percentage of students at Level 3 or 4 by school (DBN), grade and year. "s" marks a suppressed result. A year is the spring of its school year (2023 is 2022-23); each grade becomes a student group ("Grade 3"), "All Grades" stays All Students.',
  headers: ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4'],
  mapping: {
    headerRow: 1,
    entity: { codeColumn: 'DBN', nameColumn: 'School Name' },
    period: { column: 'Year', yearMeans: 'school_year_ending' },
    group: {},
    subgroup: { column: 'Grade', allValues: ['All Grades'], prefix: 'Grade ' },
    metric: { fixed: elaLevel34 },
    valueColumn: '% Level 3+4',
    percentScale: '0_100',
  },
};

/** The NYC demographic snapshot's shares, each a student group's share of the school's enrolment. */
const nycShareColumns: [string, string][] = [
  ['% Female', 'Female'],
  ['% Male', 'Male'],
  ['% Neither Female nor Male', 'Neither Female nor Male'],
  ['% Asian', 'Asian'],
  ['% Black', 'Black'],
  ['% Hispanic', 'Hispanic'],
  ['% Multi-Racial', 'Multi-Racial'],
  ['% Native American', 'Native American'],
  ['% White', 'White'],
  ['% Missing Race/Ethnicity Data', 'Missing Race/Ethnicity Data'],
  ['% Students with Disabilities', 'Students with Disabilities'],
  ['% English Language Learners', 'English Language Learners'],
  ['% Poverty', 'Economically Disadvantaged'],
];
const shareOfEnrollment = metric('share_of_enrollment', 'Share of enrolment (%)', 'percent', null);
const enrollment = metric('enrollment', 'Enrolment (students)', 'count', null);
const economicNeed = metric('economic_need_index', 'Economic Need Index (0-1)', 'number', null);

const nycDemographics: LibraryLayout = {
  key: 'nyc-demographic-snapshot',
  name: 'NYC demographic snapshot by school',
  description:
    'New York City DOE demographic snapshot by school (DBN) and school year: total enrolment, each group\'s share of enrolment (written as 0-1 fractions, kept as percentages) with the school\'s enrolment as its n, and the Economic Need Index.',
  headers: [
    'DBN', 'School Name', 'Year', 'Total Enrollment', 'Grade 3K', 'Grade PK (Half Day & Full Day)', 'Grade K', 'Grade 1', 'Grade 2', 'Grade 3', 'Grade 4',
    'Grade 5', 'Grade 6', 'Grade 7', 'Grade 8', 'Grade 9', 'Grade 10', 'Grade 11', 'Grade 12', '# Female', '% Female', '# Male', '% Male',
    '# Neither Female nor Male', '% Neither Female nor Male', '# Asian', '% Asian', '# Black', '% Black', '# Hispanic', '% Hispanic',
    '# Multi-Racial', '% Multi-Racial', '# Native American', '% Native American', '# White', '% White', '# Missing Race/Ethnicity Data',
    '% Missing Race/Ethnicity Data', '# Students with Disabilities', '% Students with Disabilities', '# English Language Learners',
    '% English Language Learners', '# Poverty', '% Poverty', 'Economic Need Index',
  ],
  mapping: {
    headerRow: 1,
    entity: { codeColumn: 'DBN', nameColumn: 'School Name' },
    period: { column: 'Year', yearMeans: 'as_written' },
    group: {},
    metric: {},
    wideColumns: [
      { column: 'Total Enrollment', metric: enrollment },
      ...nycShareColumns.map(([column, group]): WideColumn => ({ column, metric: shareOfEnrollment, group, nColumn: 'Total Enrollment' })),
      { column: 'Economic Need Index', metric: economicNeed },
    ],
    percentScale: '0_1',
  },
};

const chronicAbsenteeism = metric('chronic_absenteeism', 'Chronic absenteeism (% of students)', 'percent', false);
const chronicallyAbsent = metric('chronically_absent_students', 'Chronically absent students', 'count', false);

const vaAbsenteeism: LibraryLayout = {
  key: 'va-chronic-absenteeism-school-subgroup',
  districtColumn: 'division',
  name: 'Virginia chronic absenteeism by school and student group',
  description:
    'Virginia (VDOE) chronic absenteeism by school, student group and school year: the percentage of students chronically absent and how many students that is. The file\'s n_students counts the chronically absent students, not the group: it is its own metric, and the percentage\'s n (the group\'s size) is worked out from it (31 students at 6.4% is a group of 484).',
  headers: ['school_year', 'division', 'school', 'subgroup', 'n_students', 'percent', 'school_level', 'school_short'],
  mapping: {
    headerRow: 1,
    entity: { nameColumn: 'school' },
    period: { column: 'school_year', yearMeans: 'as_written' },
    group: { column: 'subgroup' },
    metric: {},
    wideColumns: [
      { column: 'percent', metric: chronicAbsenteeism, nColumn: 'n_students', nMeans: 'students_in_value' },
      { column: 'n_students', metric: chronicallyAbsent },
    ],
    percentScale: '0_100',
  },
};

const solReading = metric('sol_pass_rate_reading', 'SOL pass rate, English: Reading (%)', 'percent', true);
const solMath = metric('sol_pass_rate_mathematics', 'SOL pass rate, Mathematics (%)', 'percent', true);

const vaSolDivision: LibraryLayout = {
  key: 'va-sol-pass-division',
  districtColumn: 'division_name',
  name: 'Virginia SOL pass rates by division',
  description:
    'Virginia Standards of Learning pass rates by division (and the state), subject, tested grade and school year, with the number of students tested as n. Each subject is its own metric; each grade a student group ("Grade 3").',
  headers: ['school_year', 'division_name', 'subject', 'test_level', 'pass_count', 'total_count', 'pass_rate'],
  mapping: {
    headerRow: 1,
    entity: { nameColumn: 'division_name' },
    period: { column: 'school_year', yearMeans: 'as_written' },
    group: {},
    subgroup: { column: 'test_level', allValues: ['All Grades', 'All', 'All Levels'], prefix: 'Grade ' },
    metric: {
      column: 'subject',
      values: [
        { value: 'English:Reading', metric: solReading },
        { value: 'English: Reading', metric: solReading },
        { value: 'Reading', metric: solReading },
        { value: 'Mathematics', metric: solMath },
        { value: 'Math', metric: solMath },
      ],
    },
    valueColumn: 'pass_rate',
    nColumn: 'total_count',
    percentScale: '0_100',
  },
};

const shareOfDisciplined = metric('share_of_disciplined_students', 'Share of students disciplined (%)', 'percent', null);
const disciplineGap = metric('discipline_representation_gap', 'Gap between share of enrolment and share of students disciplined (points)', 'number', false);

const gaDisciplineSubgroup: LibraryLayout = {
  key: 'ga-discipline-subgroup',
  districtColumn: 'SCHOOL_DISTRICT',
  name: 'Georgia discipline by school and student group',
  description:
    'Georgia (GOSA) K-12 student discipline by school system, school and student group, for the 2016-17 school year: each group\'s share of enrolment against its share of the students with a discipline incident, and the gap between them. The file covers every Georgia school system; "All Schools" rows are each system\'s own. It has no year column: its year is 2016-17, the year its source reports (change it on the mapping screen for another year\'s file).',
  headers: ['SCHOOL_DISTRICT', 'SCHOOL_NAME', 'SYS_SCH', 'SUBGROUP_CATEGORY', 'SUBGROUP', 'ENROLLMENT', '%_OVERALL_POP', '%_DISC_POP', 'OVER/UNDER', 'PPTS', 'CUM_%_OVERALL', 'CUM_%_DISC'],
  mapping: {
    headerRow: 1,
    entity: { codeColumn: 'SYS_SCH', nameColumn: 'SCHOOL_NAME', districtValues: ['All Schools'] },
    period: { fixed: '2016-17' },
    group: { column: 'SUBGROUP' },
    metric: {},
    wideColumns: [
      { column: '%_OVERALL_POP', metric: shareOfEnrollment },
      { column: '%_DISC_POP', metric: shareOfDisciplined },
      { column: 'PPTS', metric: disciplineGap },
    ],
    percentScale: '0_100',
  },
};

const disciplineIncidents = metric('discipline_incidents', 'Discipline incidents', 'count', false);
const incidentYears = ['2014', '2015', '2016', '2017'];

const gaAnnualIncidents: LibraryLayout = {
  key: 'ga-annual-incidents',
  districtColumn: 'SCHOOL_DISTRICT',
  name: 'Georgia discipline incidents by school, 2014-2017',
  description:
    'Georgia (GOSA) total discipline incidents by school, one column per year (2014 is the 2013-14 school year). A blank year is kept as missing.',
  headers: ['SCHOOL_DISTRICT', 'SCHOOL_NAME', 'SYS_SCH', 'YEARS', 'CHECK', ...incidentYears],
  mapping: {
    headerRow: 1,
    entity: { codeColumn: 'SYS_SCH', nameColumn: 'SCHOOL_NAME', districtValues: ['All Schools'] },
    period: { yearMeans: 'school_year_ending' },
    group: {},
    metric: { fixed: disciplineIncidents },
    wideColumns: incidentYears.map((year) => ({ column: year, period: year })),
    percentScale: '0_100',
  },
};

export const libraryLayouts: readonly LibraryLayout[] = [nycEla, nycDemographics, vaAbsenteeism, vaSolDivision, gaDisciplineSubgroup, gaAnnualIncidents];

/**
 * The library layout a file's header row fits: every header the layout was made from is there
 * (compared as layoutFingerprint compares them). When several fit, the one with the most headers
 * wins, being the most specific.
 */
export function recognizeLayout(headers: string[]): LibraryLayout | null {
  const present = new Set(headers.map(normalizeHeader));
  let best: LibraryLayout | null = null;
  for (const layout of libraryLayouts) {
    if (!layout.headers.every((header) => present.has(normalizeHeader(header)))) continue;
    if (best === null || layout.headers.length > best.headers.length) best = layout;
  }
  return best;
}

/** A library layout by its key ("library:<key>" names it in the API). */
export function libraryLayout(key: string): LibraryLayout | null {
  return libraryLayouts.find((layout) => layout.key === key) ?? null;
}
