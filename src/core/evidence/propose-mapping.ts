import type { DatasetMapping, MetricDefinition, WideColumn, YearMeaning } from './dataset-mapping.js';
import { isNumeric, isText, profileColumns, type ColumnProfile } from './column-profile.js';
import { resolvePercentScale } from './create-row-reader.js';
import { directionFromWords, metricFromLabel, metricKeyOf, readableLabel, unitFromWords } from './metric-naming.js';
import { normalizePeriod } from './normalize-period.js';
import { groupInHeader } from './group-words.js';

/**
 * A first mapping for a file nobody has mapped: which column is the school or district, the year,
 * the student group, the metric, the value and the count n, read from the header words (DBN, school
 * code, campus, school name, district, division, LEA; year, school_year, SY; subgroup, student group,
 * demographic; percent, rate, %; n, enrollment, number tested...) and checked against a sample of
 * rows. Wide files are recognised by headers that are years ("2014", "2016-17") or student groups
 * ("Hispanic % Met"). The person corrects it on the mapping screen; nothing is imported from a guess.
 */
export interface ProposeMappingInput {
  headers: string[];
  /** A sample of the rows after the header row. */
  rows: string[][];
  headerRow: number;
  sheet?: string;
}

interface Rule {
  pattern: RegExp;
  score: number;
}

// Scores: a school-level words beat district-level ones, an exact role word beats a loose one.
const CODE_RULES: Rule[] = [
  { pattern: /^(dbn|cds|cds code|campus|campus id|campus number|campus code|school code|school id|school number|sch code|school cd|schoolcode|schoolid|building code|building id|nces school id|state school id|school nces id)$/, score: 6 },
  { pattern: /\b(dbn|cds code|campus (id|number|code)|school (code|id|number|cd)|building (code|id)|nces)\b/, score: 5 },
  { pattern: /^(district|lea|division|county district|system|sys|district code|district id|district number|lea id|lea code|leaid|division number|division code|system code|system id|dist code|distid)$/, score: 3 },
  { pattern: /\b(district|lea|division|system) (code|id|number|no)\b/, score: 3 },
  { pattern: /^(code|id|entity code|entity id|org code|organization code|organization id|inst id|institution id)$/, score: 2 },
  { pattern: /\b(district|division|lea|school|campus|system)$/, score: 1 },
];
const NAME_RULES: Rule[] = [
  { pattern: /^(school name|school|campus name|campname|campus|schname|sch name|school nm|building name|building|school short name|schoolname|sch nm)$/, score: 6 },
  { pattern: /\b(school|campus|building) (name|nm)\b/, score: 5 },
  { pattern: /^(district name|distname|district|lea name|lea|division name|division|system name|school district|school system|county|dist name|district nm|districtname|divisionname|leaname|systemname)$/, score: 3 },
  { pattern: /\b(district|lea|division|system) name\b/, score: 3 },
  { pattern: /^(name|entity|entity name|organization|organization name|org name|institution|institution name|location|aggregation level name)$/, score: 2 },
  { pattern: /\b(district|division|lea|school|campus|system)$/, score: 1 },
];
const PERIOD_RULES: Rule[] = [
  { pattern: /^(year|school year|sy|schoolyear|academic year|acad year|school yr|yr|fiscal year|fy|cohort year|test year|data year|report year|reporting year|administration year|period|end year|year end|ending year|term|reportingyear|schoolyear|acadyear|academicyear|fiscalyear)$/, score: 5 },
  { pattern: /\b(school year|academic year|fiscal year|sy|year)\b/, score: 3 },
];
const GROUP_RULES: Rule[] = [
  { pattern: /^(subgroup|sub group|student group|studentgroup|student subgroup|student group name|subgroup name|group|student population|population|demographic|demographics|demographic group|reporting group|student category|category|group name)$/, score: 5 },
  { pattern: /\b(subgroup|student group|demographic|reporting category|student population)\b/, score: 3 },
  { pattern: /\b(category|group)\b/, score: 1 },
];
const GRADE_RULES: Rule[] = [{ pattern: /^(grade|grade level|gradelevel|grades|test level|tested grade|grade tested|grade span|level)$/, score: 4 }];
const METRIC_RULES: Rule[] = [
  { pattern: /^(metric|measure|indicator|indicator name|measure name|variable|data element|subject|content area|test|assessment|test name|subject area|outcome)$/, score: 4 },
];
const N_RULES: Rule[] = [
  { pattern: /^(n|n size|n count|n students|n tested|number of students|num students|student count|students|count|total count|total|enrollment|enrolment|enrolled|total enrollment|number tested|num tested|tested|test takers|denominator|cohort|cohort size|students in cohort|total students|group size|headcount|membership|valid n|number enrolled|participants|students tested|total tested|count of students|population|total population)$/, score: 5 },
  { pattern: /\b(number tested|num tested|students tested|denominator|enrollment|enrolment|cohort size|students in cohort|total count|headcount|membership|n size)\b/, score: 3 },
  { pattern: /^(curr ?denom|current denominator|denom)$/, score: 4 },
];
const VALUE_RULES: Rule[] = [
  { pattern: /^(curr ?status|current status)$/, score: 6 },
  { pattern: /%|\b(percent|percentage|pct|rate|ratio|proportion|share)\b/, score: 5 },
  { pattern: /\b(proficien\w*|pass\w*|score|average|mean|median|index|met|meets|exceeds|level \d|value|result|growth)\b/, score: 3 },
];

/** Entity values that are the district's own rows rather than a school's. */
export const DISTRICT_VALUES = ['All Schools', 'District', 'District Total', 'Districtwide', 'District-wide', 'District Wide', 'Division Total', 'LEA Total', 'System Total', 'All Schools in District'];

export function proposeMapping(input: ProposeMappingInput): DatasetMapping {
  const profiles = profileColumns(input.headers, input.rows);
  const used = new Set<number>();
  // A header written twice names one column for the reader (its first): the second is left out.
  const seenHeaders = new Set<string>();
  for (const profile of profiles) {
    const name = profile.header.trim().toLowerCase();
    // A column without a header cannot be named by a mapping.
    if (seenHeaders.has(name) || name === '') used.add(profile.index);
    seenHeaders.add(name);
  }
  const take = (profile: ColumnProfile | undefined): ColumnProfile | undefined => {
    if (profile) used.add(profile.index);
    return profile;
  };
  const best = (rules: Rule[], accept: (profile: ColumnProfile) => boolean): ColumnProfile | undefined => {
    let winner: ColumnProfile | undefined;
    let winnerScore = 0;
    for (const profile of profiles) {
      if (used.has(profile.index) || profile.words === '') continue;
      const score = scoreOf(profile.words, rules);
      if (score > winnerScore && accept(profile)) {
        winner = profile;
        winnerScore = score;
      }
    }
    return winner;
  };

  // Wide by year: two or more headers are years holding numbers.
  const yearHeaders = profiles.filter((profile) => !used.has(profile.index) && normalizePeriod(profile.header, 'as_written') !== null && (isNumeric(profile) || profile.filled === 0 || profile.codes === profile.filled));
  for (const profile of yearHeaders) if (yearHeaders.length >= 2) used.add(profile.index);
  const isWideByYear = yearHeaders.length >= 2;

  const periodColumn = isWideByYear
    ? undefined
    : take(best(PERIOD_RULES, (profile) => profile.filled === 0 || profile.years >= profile.filled * 0.8) ?? profiles.find((profile) => !used.has(profile.index) && profile.filled > 0 && profile.years === profile.filled && !isPlainCount(profile)));
  const code = take(best(CODE_RULES, (profile) => profile.filled === 0 || !isText(profile) || /\d/.test([...profile.distinct].join(''))));
  const name = take(best(NAME_RULES, (profile) => profile.filled === 0 || isText(profile)));
  const group = take(best(GROUP_RULES, (profile) => profile.filled === 0 || isText(profile)));
  const grade = take(best(GRADE_RULES, (profile) => profile.filled > 0));
  const n = take(best(N_RULES, (profile) => profile.filled === 0 || (isNumeric(profile) && profile.min >= 0)));
  const metricColumn = take(best(METRIC_RULES, (profile) => profile.filled === 0 || (isText(profile) && profile.distinct.size <= 50)));

  const mapping: DatasetMapping = {
    ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
    headerRow: input.headerRow,
    entity: {
      ...(code ? { codeColumn: code.header } : {}),
      ...(name ? { nameColumn: name.header } : {}),
      ...(code || name ? { districtValues: districtValuesIn([code, name]) } : {}),
    },
    period: periodColumn ? { column: periodColumn.header, yearMeans: yearMeaningOf(periodColumn.header, [...periodColumn.distinct]) } : {},
    group: group ? { column: group.header } : {},
    metric: {},
    percentScale: 'auto',
  };
  if (grade) mapping.subgroup = { column: grade.header, allValues: allValuesIn(grade), prefix: [...grade.distinct].some((value) => /^\d+$/.test(value) || /^k$/i.test(value)) ? 'Grade ' : '' };

  // Numbers that identify rather than measure (a district code beside the campus code) are not values.
  // A column of codes only ("*" for every school) is a value column too; with no sample rows, the header words decide.
  const numericLeft = profiles.filter(
    (profile) =>
      !used.has(profile.index) &&
      profile.header.trim() !== '' &&
      !isIdentifier(profile) &&
      (isNumeric(profile) || (profile.filled > 0 && profile.codes === profile.filled) || (profile.filled === 0 && scoreOf(profile.words, VALUE_RULES) > 0)),
  );
  if (isWideByYear) {
    mapping.period.yearMeans = yearMeaningOf('', yearHeaders.map((profile) => profile.header));
    mapping.metric.fixed = metricFromSheet(input.sheet, yearHeaders);
    mapping.wideColumns = yearHeaders.map((profile) => ({ column: profile.header, period: profile.header.trim() }));
    if (n) mapping.nColumn = n.header;
    return resolvePercentScale(mapping, input.headers, input.rows);
  }

  // Wide by group: numeric columns whose headers name a student group ("Hispanic % Met").
  const groupColumns = group ? [] : numericLeft.map((profile) => ({ profile, found: groupInHeader(profile.header) })).filter((entry) => entry.found !== null);
  if (groupColumns.length >= 2) {
    const wide: WideColumn[] = groupColumns.map(({ profile, found }) => {
      return { column: profile.header, group: found?.group ?? 'All Students', metric: defineMetric(metricWordsOf(found?.rest ?? ''), profile) };
    });
    mapping.wideColumns = withDistinctMetricKeys(wide);
    return resolvePercentScale(mapping, input.headers, input.rows);
  }

  const scored = numericLeft.map((profile) => ({ profile, score: scoreOf(profile.words, VALUE_RULES) }));
  const valued = scored.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score);
  const chosen = valued.length > 0 ? valued.filter((entry) => entry.score === valued[0]?.score).map((entry) => entry.profile) : numericLeft;
  if (metricColumn && chosen.length > 0) {
    const value = chosen[0] as ColumnProfile;
    mapping.valueColumn = value.header;
    mapping.metric.column = metricColumn.header;
    mapping.metric.values = [...metricColumn.distinct].slice(0, 50).map((cell) => ({ value: cell, metric: defineMetric(`${readableLabel(value.header)}, ${cell}`, value) }));
    if (n) mapping.nColumn = n.header;
  } else if (chosen.length === 1) {
    const value = chosen[0] as ColumnProfile;
    mapping.valueColumn = value.header;
    mapping.metric.fixed = defineMetric(value.header, value);
    if (n) mapping.nColumn = n.header;
  } else if (chosen.length > 1) {
    mapping.wideColumns = withDistinctMetricKeys(chosen.map((profile) => ({ column: profile.header, metric: defineMetric(profile.header, profile) })));
    if (n) mapping.nColumn = n.header;
  } else if (n) {
    // Only a count: it is the value (enrolment by school and group).
    mapping.valueColumn = n.header;
    mapping.metric.fixed = defineMetric(n.header, n);
  }
  return resolvePercentScale(mapping, input.headers, input.rows);
}

/** What is left of "% Hispanic" once the group is taken out, as a metric's words. */
function metricWordsOf(rest: string): string {
  const words = rest.trim();
  if (words === '' ) return 'Value';
  if (words === '%' || /^(pct|percent)$/i.test(words)) return 'Share of students (%)';
  if (words === '#' || /^(n|count|number|num)$/i.test(words)) return 'Number of students';
  return words;
}

/** Two columns whose words give one key ("Rate", "rate (%)") get "_2", "_3" so each stays its own metric. */
function withDistinctMetricKeys(columns: WideColumn[]): WideColumn[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    if (!column.metric) return column;
    const slot = (key: string) => `${key}\u0001${column.period ?? ''}\u0001${column.group ?? ''}`;
    let key = column.metric.key;
    for (let suffix = 2; seen.has(slot(key)); suffix++) key = `${column.metric.key.slice(0, 55)}_${suffix}`;
    seen.add(slot(key));
    return key === column.metric.key ? column : { ...column, metric: { ...column.metric, key } };
  });
}

function isIdentifier(profile: ColumnProfile): boolean {
  if (scoreOf(profile.words, CODE_RULES) >= 2 || scoreOf(profile.words, PERIOD_RULES) > 0) return true;
  if (/^(prior|previous|last year)|\b(flag|box|color|colour)$/.test(profile.words)) return true;
  return [...profile.distinct].some((value) => /^0\d/.test(value));
}

function scoreOf(words: string, rules: Rule[]): number {
  let score = 0;
  for (const rule of rules) if (rule.score > score && rule.pattern.test(words)) score = rule.score;
  return score;
}

/** A column of small whole numbers that are all years is more likely a year than a count. */
function isPlainCount(profile: ColumnProfile): boolean {
  return profile.min < 1900 || profile.max > 2200;
}

function defineMetric(label: string, profile: ColumnProfile): MetricDefinition {
  const values = profile.numbers > 0 ? [profile.min, profile.max] : [];
  const readable = readableLabel(label);
  return { key: metricKeyOf(readable), label: readable, unit: unitFromWords(readable, values), higherIsBetter: directionFromWords(readable) };
}

function metricFromSheet(sheet: string | undefined, columns: ColumnProfile[]): MetricDefinition {
  const label = sheet?.trim() || 'Value';
  const metric = metricFromLabel(label);
  if (metric.unit === 'number' && columns.every((profile) => profile.numbers === profile.integers)) return { ...metric, unit: 'count' };
  return metric;
}

/** A single year ("2023") usually names the spring of a school year in school data; a range is as written. */
function yearMeaningOf(header: string, values: string[]): YearMeaning {
  if (/\b(calendar|fiscal|fy)\b/i.test(header)) return 'as_written';
  const singles = values.filter((value) => /^\s*\d{4}\s*$/.test(value)).length;
  return singles > 0 && singles >= values.length / 2 ? 'school_year_ending' : 'as_written';
}

function districtValuesIn(columns: (ColumnProfile | undefined)[]): string[] {
  const found = new Set(DISTRICT_VALUES);
  for (const column of columns) {
    for (const value of column?.distinct ?? []) {
      if (/^(all schools|district( total| wide|wide|-wide)?|division total|lea total|system total|all schools in district)$/i.test(value)) found.add(value);
    }
  }
  return [...found];
}

function allValuesIn(profile: ColumnProfile): string[] {
  const found = new Set(['All Grades', 'All', 'All Levels']);
  for (const value of profile.distinct) if (/^all\b/i.test(value) || /^total$/i.test(value)) found.add(value);
  return [...found];
}
