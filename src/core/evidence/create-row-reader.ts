import type { DatasetMapping, MetricDefinition, RowProblem, TidyRow, ValueFlag } from './dataset-mapping.js';
import { normalizePeriod } from './normalize-period.js';
import { readCell, readPlainNumber, type ReadCellOptions } from './read-cell.js';
import { metricFromLabel } from './metric-naming.js';
import { ALL_STUDENTS, CACHE_LIMIT, createEntityResolver, createGroupResolver, foldText } from './row-reader-parts.js';

// The scale is decided before a reader is made; callers find both here.
export { resolvePercentScale } from './resolve-percent-scale.js';
export { ALL_STUDENTS } from './row-reader-parts.js';

/**
 * Turns one line of a data file into its tidy rows (a wide file's line gives several), applying the
 * mapping: filters, the entity, the period, the student group with its subgroup, and each value read
 * by readCell. The import calls `read` for every line of files with millions of them, so everything
 * that depends only on the mapping and the headers (column indexes, code sets, metric definitions)
 * is worked out once here, and per-line work is index lookups plus small caches keyed by the cell
 * text (a file repeats its years, groups and schools on every line).
 */
export interface RowReader {
  /** Columns the mapping names that the header row lacks; when any, `read` yields nothing. */
  headerProblems: RowProblem[];
  read(cells: string[], line: number): { rows: TidyRow[]; problems: RowProblem[] };
  /** The metrics the rows read so far have named (a fixed metric is there from the start). */
  metrics(): MetricDefinition[];
}

const DISTRICT_KEY = 'district';
const DISTRICT_NAME = 'District';

interface ValueTarget {
  column: string;
  index: number;
  /** Null: the row's metric column names it. */
  metric: MetricDefinition | null;
  period: string | null;
  group: string | null;
  nIndex: number;
  nColumn: string;
  /** The n column counts only the students the percentage counts, not the group (see groupSizeOf). */
  nIsPartOfGroup: boolean;
}

export function createRowReader(mapping: DatasetMapping, headers: string[]): RowReader {
  if (mapping.percentScale === 'auto') throw new Error('createRowReader needs percentScale resolved (resolvePercentScale)');
  const scale = mapping.percentScale;
  const headerProblems: RowProblem[] = [];
  const headerLine = mapping.headerRow;
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    const name = header.replace(/^\uFEFF/, '').trim();
    if (!positions.has(name)) positions.set(name, index);
  });
  const lowerPositions = new Map<string, number>();
  for (const [name, index] of positions) if (!lowerPositions.has(name.toLowerCase())) lowerPositions.set(name.toLowerCase(), index);
  const columnIndex = (column: string | undefined, field: string): number => {
    if (column === undefined || column === '') return -1;
    const name = column.trim();
    const index = positions.get(name) ?? lowerPositions.get(name.toLowerCase());
    if (index === undefined) {
      headerProblems.push({ line: headerLine, column, message: `The column "${column}" (${field}) is not in the header row` });
      return -1;
    }
    return index;
  };

  const codeIndex = columnIndex(mapping.entity.codeColumn, 'school or district code');
  const nameIndex = columnIndex(mapping.entity.nameColumn, 'school or district name');
  const hasEntity = mapping.entity.codeColumn !== undefined || mapping.entity.nameColumn !== undefined;
  const yearMeans = mapping.period.yearMeans ?? 'as_written';
  const periodIndex = columnIndex(mapping.period.column, 'period');
  const fixedPeriod = mapping.period.fixed === undefined ? null : normalizePeriod(mapping.period.fixed, yearMeans) ?? mapping.period.fixed.trim();
  const groupIndex = columnIndex(mapping.group.column, 'student group');
  const subgroupIndex = mapping.subgroup ? columnIndex(mapping.subgroup.column, 'subgroup') : -1;
  const metricIndex = columnIndex(mapping.metric.column, 'metric');
  const namedMetrics = new Map((mapping.metric.values ?? []).map((named) => [named.value.trim().replace(/\s+/g, ' ').toLowerCase(), named.metric]));
  const filters = (mapping.filters ?? []).map((filter) => ({
    column: filter.column,
    index: columnIndex(filter.column, 'filter'),
    equals: new Set(filter.equals.map(foldText)),
    // Cell as written -> kept: the same few values (a district's name) repeat on every line.
    kept: new Map<string, boolean>(),
  }));

  const targets: ValueTarget[] = [];
  const metricsByKey = new Map<string, MetricDefinition>();
  const remember = (metric: MetricDefinition | null): MetricDefinition | null => {
    if (metric && !metricsByKey.has(metric.key)) metricsByKey.set(metric.key, metric);
    return metric;
  };
  if (mapping.wideColumns && mapping.wideColumns.length > 0) {
    for (const wide of mapping.wideColumns) {
      const nColumn = wide.nColumn ?? mapping.nColumn;
      targets.push({
        column: wide.column,
        index: columnIndex(wide.column, 'value'),
        metric: remember(wide.metric ?? mapping.metric.fixed ?? null),
        period: wide.period === undefined ? null : normalizePeriod(wide.period, yearMeans) ?? wide.period.trim(),
        group: wide.group?.trim() || null,
        nIndex: columnIndex(nColumn, 'count n'),
        nColumn: nColumn ?? '',
        nIsPartOfGroup: wide.nMeans === 'students_in_value',
      });
    }
  } else if (mapping.valueColumn !== undefined) {
    targets.push({
      column: mapping.valueColumn,
      index: columnIndex(mapping.valueColumn, 'value'),
      metric: remember(mapping.metric.fixed ?? null),
      period: null,
      group: null,
      nIndex: columnIndex(mapping.nColumn, 'count n'),
      nColumn: mapping.nColumn ?? '',
      nIsPartOfGroup: false,
    });
  } else {
    headerProblems.push({ line: headerLine, column: '', message: 'The mapping names no value column' });
  }
  if (targets.some((target) => target.metric === null) && metricIndex === -1 && headerProblems.length === 0) {
    headerProblems.push({ line: headerLine, column: '', message: 'The mapping names no metric' });
  }
  if (targets.some((target) => target.period === null) && periodIndex === -1 && fixedPeriod === null && headerProblems.length === 0) {
    headerProblems.push({ line: headerLine, column: '', message: 'The mapping names no period' });
  }

  // Caches keyed by the cell as written: years, groups, metrics and schools repeat on every line.
  const periodCache = new Map<string, string | null>();
  const metricCache = new Map<string, MetricDefinition | null>();
  const entityOf = createEntityResolver(mapping.entity.districtValues ?? []);
  const groupOf = createGroupResolver({
    grouped: groupIndex !== -1,
    fixedGroup: mapping.group.fixed?.trim() || ALL_STUDENTS,
    subgroup: subgroupIndex === -1 ? null : { allValues: mapping.subgroup?.allValues ?? [], prefix: mapping.subgroup?.prefix ?? '' },
  });

  const metricOf = (cell: string): MetricDefinition | null => {
    const known = metricCache.get(cell);
    if (known !== undefined) return known;
    if (metricCache.size > CACHE_LIMIT) metricCache.clear();
    const label = cell.trim().replace(/\s+/g, ' ');
    const metric = label === '' ? null : namedMetrics.get(label.toLowerCase()) ?? metricFromLabel(label);
    if (metric && !metricsByKey.has(metric.key)) metricsByKey.set(metric.key, metric);
    metricCache.set(cell, metric === null ? null : metricsByKey.get(metric.key) ?? metric);
    return metricCache.get(cell) ?? null;
  };

  const read = (cells: string[], line: number): { rows: TidyRow[]; problems: RowProblem[] } => {
    const rows: TidyRow[] = [];
    const problems: RowProblem[] = [];
    if (headerProblems.length > 0) return { rows, problems };
    for (const filter of filters) {
      const cell = cells[filter.index] ?? '';
      let kept = filter.kept.get(cell);
      if (kept === undefined) {
        if (filter.kept.size > CACHE_LIMIT) filter.kept.clear();
        kept = filter.equals.has(foldText(cell));
        filter.kept.set(cell, kept);
      }
      if (!kept) return { rows, problems };
    }

    // The entity: a code, a name, or the district itself.
    let entityKey = DISTRICT_KEY;
    let entityName = DISTRICT_NAME;
    let entityCode: string | null = null;
    let isDistrict = !hasEntity;
    if (hasEntity) {
      const entity = entityOf(codeIndex === -1 ? '' : cells[codeIndex] ?? '', nameIndex === -1 ? '' : cells[nameIndex] ?? '');
      if (entity === null) {
        problems.push({ line, column: mapping.entity.nameColumn ?? mapping.entity.codeColumn ?? '', message: 'No school or district is named' });
        return { rows, problems };
      }
      entityKey = entity.key;
      entityName = entity.name;
      entityCode = entity.code;
      isDistrict = entity.isDistrict;
    }

    let rowPeriod = fixedPeriod;
    if (periodIndex !== -1) {
      const cell = cells[periodIndex] ?? '';
      rowPeriod = periodCache.get(cell) ?? null;
      if (rowPeriod === null && !periodCache.has(cell)) {
        if (periodCache.size > CACHE_LIMIT) periodCache.clear();
        rowPeriod = normalizePeriod(cell, yearMeans);
        periodCache.set(cell, rowPeriod);
      }
      if (rowPeriod === null) {
        problems.push({ line, column: mapping.period.column ?? '', message: `"${clip(cell)}" is not a year` });
        return { rows, problems };
      }
    }

    const rowGroup = groupOf(groupIndex === -1 ? '' : cells[groupIndex] ?? '', subgroupIndex === -1 ? '' : cells[subgroupIndex] ?? '');
    let rowMetric: MetricDefinition | null = null;
    if (metricIndex !== -1) {
      rowMetric = metricOf(cells[metricIndex] ?? '');
      if (rowMetric === null) {
        problems.push({ line, column: mapping.metric.column ?? '', message: 'No metric is named' });
        return { rows, problems };
      }
    }

    for (const target of targets) {
      const metric = target.metric ?? rowMetric;
      const period = target.period ?? rowPeriod;
      if (metric === null || period === null) continue;
      // Plain numbers (most cells) are read without allocating; codes and odd spellings by readCell.
      const valueCell = cells[target.index] ?? '';
      let value = readPlainNumber(valueCell);
      let flag: ValueFlag = 'value';
      if (Number.isNaN(value)) {
        const read = readCell(valueCell, metric.unit === 'percent' ? (scale === '0_1' ? PERCENT_0_1 : PERCENT_0_100) : COUNT_OPTIONS);
        if ('problem' in read) {
          problems.push({ line, column: target.column, message: read.problem });
          continue;
        }
        value = read.value ?? Number.NaN;
        flag = read.flag;
      } else if (scale === '0_1' && metric.unit === 'percent') value *= 100;
      let n: number | null = null;
      if (target.nIndex !== -1) {
        const nCell = cells[target.nIndex] ?? '';
        let count: number | null = readPlainNumber(nCell);
        if (Number.isNaN(count)) {
          const read = readCell(nCell, COUNT_OPTIONS);
          if ('problem' in read) {
            problems.push({ line, column: target.nColumn, message: read.problem });
            continue;
          }
          count = read.value;
        }
        if (count !== null && count < 0) {
          problems.push({ line, column: target.nColumn, message: 'A count of students cannot be negative' });
          continue;
        }
        if (count !== null && !Number.isInteger(count)) {
          // Some exports write counts as "31.0"; anything else is not a number of students.
          if (Math.abs(count - Math.round(count)) > 1e-6) {
            problems.push({ line, column: target.nColumn, message: 'A count of students must be a whole number' });
            continue;
          }
          count = Math.round(count);
        }
        n = target.nIsPartOfGroup ? groupSizeOf(count, flag === 'value' && metric.unit === 'percent' ? value : null) : count;
      }
      rows.push({
        entityKey,
        entityName,
        entityCode,
        isDistrict,
        period,
        group: target.group === null ? rowGroup : target.group,
        metric: metric.key,
        value: flag === 'value' ? value : null,
        n,
        flag,
      });
    }
    return { rows, problems };
  };

  return { headerProblems, read, metrics: () => [...metricsByKey.values()] };
}

/**
 * The size of a group from how many of it a percentage counts (31 students at 6.4% is a group of
 * 484), so weighting and the small-group rule judge the group, not the part. Unknown (null) when
 * the percentage is hidden, missing or 0: no size follows from it, and the rule then hides the cell.
 */
export function groupSizeOf(part: number | null, percent: number | null): number | null {
  if (part === null || percent === null || !(percent > 0)) return null;
  return Math.round((part * 100) / percent);
}

const COUNT_OPTIONS: ReadCellOptions = { unit: 'count', scale: '0_100' };
const PERCENT_0_100: ReadCellOptions = { unit: 'percent', scale: '0_100' };
const PERCENT_0_1: ReadCellOptions = { unit: 'percent', scale: '0_1' };

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}
