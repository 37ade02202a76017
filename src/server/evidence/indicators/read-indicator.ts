import type { Kysely } from 'kysely';
import { ALL_STUDENTS_KEY } from '../../../core/evidence/indicator-groups.js';
import { gapBetween, protectIndicatorCells, schoolsAsParts, type CellAggregate, type CellToProtect, type IndicatorCell } from '../../../core/evidence/indicator-cells.js';
import { comparePeriods, previousPeriodWhere } from '../../../core/evidence/indicator-periods.js';
import { catalogOfDistrict } from '../../../core/monitoring/district-student-groups.js';
import type { DB } from '../../db/schema.js';
import { chooseGroup, choosePeriod, chooseSchool, labelsFor, readIndicatorContext, type IndicatorContext } from './indicator-context.js';
import { indicatorsRepo, type AggregateRow } from './indicators.repo.js';

export type IndicatorBy = 'school' | 'group' | 'period';

export interface IndicatorQuery {
  by: IndicatorBy;
  period?: string;
  group?: string;
  school?: string;
  compare?: string;
}

export interface IndicatorLine {
  key: string;
  label: string;
  cell: IndicatorCell;
  gapToDistrict: number | null;
  gapToComparison: number | null;
  change: number | null;
  previousPeriod: string | null;
}

export interface IndicatorAnswer {
  metric: IndicatorContext['metric'];
  by: IndicatorBy;
  period: string | null;
  group: string | null;
  compare: string | null;
  schoolId: string | null;
  threshold: number;
  district: IndicatorCell;
  comparison: IndicatorCell | null;
  lines: IndicatorLine[];
}

const DISTRICT = 'district';
const schoolScope = (id: string) => `school:${id}`;

/** The combined rows by scope ('district' or 'school:<id>'), group key and period. */
function indexRows(rows: readonly AggregateRow[]) {
  const own = new Map<string, CellAggregate>();
  const combined = new Map<string, CellAggregate>();
  const aggregateOf = (row: AggregateRow): CellAggregate => ({ value: row.value === null ? null : Number(row.value), n: row.n, valueRows: row.value_rows, suppressedRows: row.suppressed_rows });
  for (const row of rows) {
    if (row.combined) combined.set(`${row.group_key}|${row.period}`, aggregateOf(row));
    else own.set(`${row.entity === 'district' ? DISTRICT : schoolScope(row.school_id!)}|${row.group_key}|${row.period}`, aggregateOf(row));
  }
  const schoolsIn = (groupKey: string, period: string) => [...own.keys()].filter((key) => key.startsWith('school:') && key.endsWith(`|${groupKey}|${period}`)).map((key) => key.slice('school:'.length, key.indexOf('|')));
  return {
    /** A school's cell, or the district's: its own rows, else (its file has none) all its schools together. */
    get(scope: string, groupKey: string, period: string): CellAggregate | null {
      const found = own.get(`${scope}|${groupKey}|${period}`);
      if (found || scope !== DISTRICT) return found ?? null;
      return combined.get(`${groupKey}|${period}`) ?? null;
    },
    schoolsIn,
    groupsOf(scope: string, period: string) {
      const keys = new Set<string>();
      for (const key of own.keys()) {
        const [rowScope, groupKey, rowPeriod] = key.split('|');
        if (rowScope === scope && rowPeriod === period) keys.add(groupKey!);
      }
      if (scope === DISTRICT) for (const key of combined.keys()) if (key.endsWith(`|${period}`)) keys.add(key.slice(0, key.lastIndexOf('|')));
      return keys;
    },
  };
}

const hasValue = (aggregate: CellAggregate | null) => !!aggregate && aggregate.valueRows > 0;

/**
 * An indicator of the district's data: a metric by school (one period and group), by group (one
 * period, the district or one school) or by period (the series), combined in the database, with
 * each cell's gap to the district and to a comparison group, and its change since the previous
 * period that cell has a value for. Every cell it returns, and every value a gap or change would
 * let a reader work back to, passes the one privacy rule together (protectIndicatorCells).
 */
export async function readIndicator(options: { db: Kysely<DB>; organizationId: string; metric: string; query: IndicatorQuery }): Promise<IndicatorAnswer> {
  const { db, organizationId, query } = options;
  const context = await readIndicatorContext(db, organizationId, options.metric);
  const school = chooseSchool(context, query.school);
  const group = chooseGroup(context, 'group', query.group);
  const compare = query.compare === undefined ? null : chooseGroup(context, 'compare', query.compare);
  const period = choosePeriod(context, query.period);
  const base = { metric: context.metric, by: query.by, group: query.group === undefined ? null : group.name, compare: compare?.name ?? null, schoolId: school?.id ?? null, threshold: context.threshold };
  if (period === null) return { ...base, period: null, district: { missing: true }, comparison: null, lines: [] };

  const wantedKeys = query.by === 'group' ? null : new Set([group.key, ...(compare ? [compare.key] : [])]);
  const scope = school ? schoolScope(school.id) : DISTRICT;
  const read = (periods: readonly string[] | null) =>
    indicatorsRepo.aggregate(db, { organizationId, metric: context.metric.key, ...labelsFor(context, wantedKeys), periods, schoolId: query.by === 'school' ? null : (school?.id ?? null) });
  let index;
  if (query.by === 'period') index = indexRows(await read(null));
  else {
    // The period and the one before it, then earlier ones one at a time only while a cell still
    // has no earlier value for its change: most answers read two periods' rows, not all.
    const earlier = context.periods.filter((candidate) => comparePeriods(candidate, period) < 0).reverse();
    const rows = await read([period, ...earlier.slice(0, 1)]);
    index = indexRows(rows);
    for (let next = 1; next < earlier.length && lacksEarlierValue(index, query.by, scope, group.key, period, earlier.slice(0, next)); next++) {
      rows.push(...(await read([earlier[next]!])));
      index = indexRows(rows);
    }
  }
  const build = query.by === 'school' ? bySchool : query.by === 'group' ? byGroup : byPeriod;
  return { ...base, period, ...build({ context, index, period, group, compare, scope }) };
}

/** Whether a cell of the answer has no value in any of the earlier periods read so far. */
function lacksEarlierValue(index: ReturnType<typeof indexRows>, by: 'school' | 'group', scope: string, groupKey: string, period: string, readEarlier: readonly string[]): boolean {
  const cells = by === 'school' ? index.schoolsIn(groupKey, period).map((id) => [schoolScope(id), groupKey] as const) : [...index.groupsOf(scope, period)].map((key) => [scope, key] as const);
  return cells.some(([cellScope, key]) => !readEarlier.some((p) => hasValue(index.get(cellScope, key, p))));
}

interface BuildInput {
  context: IndicatorContext;
  index: ReturnType<typeof indexRows>;
  period: string;
  group: { key: string; name: string };
  compare: { key: string; name: string } | null;
  scope: string;
}
type Built = Pick<IndicatorAnswer, 'district' | 'comparison' | 'lines'>;

/** Cells to protect, collected with their refs. */
function collector() {
  const cells: CellToProtect[] = [];
  const seen = new Set<string>();
  return {
    cells,
    add(ref: string, slice: string, part: string | null, aggregate: CellAggregate | null) {
      if (seen.has(ref)) return ref;
      seen.add(ref);
      cells.push({ ref, slice, part, aggregate });
      return ref;
    },
  };
}

const isPercent = (context: IndicatorContext) => context.metric.unit === 'percent';
const partName = (key: string, name: string) => (key === ALL_STUDENTS_KEY ? null : name);

/** Schools of one group and period; the district is their total, each school a part (schoolsAsParts). */
function bySchool({ context, index, period, group, compare }: BuildInput): Built {
  const names = new Map(context.schools.map((s) => [s.id, s.name]));
  const schoolIds = index.schoolsIn(group.key, period).filter((id) => names.has(id));
  schoolIds.sort((a, b) => names.get(a)!.localeCompare(names.get(b)!) || a.localeCompare(b));
  const collected = collector();
  // Every school of a period goes into its slice, so the relation with the district total is whole.
  const addSlice = (groupKey: string, slicePeriod: string) => {
    const slice = `${groupKey}|${slicePeriod}`;
    collected.add(`${DISTRICT}|${slice}`, slice, null, index.get(DISTRICT, groupKey, slicePeriod));
    for (const id of index.schoolsIn(groupKey, slicePeriod)) collected.add(`${schoolScope(id)}|${slice}`, slice, id, index.get(schoolScope(id), groupKey, slicePeriod));
  };
  addSlice(group.key, period);
  if (compare) addSlice(compare.key, period);
  const previous = new Map(schoolIds.map((id) => [id, previousPeriodWhere(context.periods, period, (p) => hasValue(index.get(schoolScope(id), group.key, p)))]));
  for (const p of new Set(previous.values())) if (p) addSlice(group.key, p);
  const shown = protectIndicatorCells(collected.cells, { threshold: context.threshold, isPercentage: isPercent(context), parts: schoolsAsParts(names.keys()) });
  const cellOf = (scope: string, groupKey: string, p: string) => shown.get(`${scope}|${groupKey}|${p}`) ?? { missing: true as const };
  const district = cellOf(DISTRICT, group.key, period);
  return {
    district,
    comparison: compare ? cellOf(DISTRICT, compare.key, period) : null,
    lines: schoolIds.map((id) => {
      const cell = cellOf(schoolScope(id), group.key, period);
      const previousPeriod = previous.get(id) ?? null;
      const before = previousPeriod ? cellOf(schoolScope(id), group.key, previousPeriod) : null;
      return {
        key: id,
        label: names.get(id)!,
        cell,
        gapToDistrict: gapBetween(cell, district),
        gapToComparison: compare ? gapBetween(cell, cellOf(schoolScope(id), compare.key, period)) : null,
        change: gapBetween(cell, before),
        previousPeriod: before && 'value' in before ? previousPeriod : null,
      };
    }),
  };
}

/** Groups of one period for the district or one school; all students is the total, the district's groups the parts. */
function byGroup({ context, index, period, compare, scope }: BuildInput): Built {
  const nameOf = new Map<string, string>();
  for (const g of context.groups.values()) if (g.kind === 'group') nameOf.set(g.key, g.name);
  nameOf.set(ALL_STUDENTS_KEY, 'All students');
  const keys = [...index.groupsOf(scope, period)].filter((key) => nameOf.has(key));
  const order = (key: string) => (key === ALL_STUDENTS_KEY ? -1 : context.districtGroups.findIndex((g) => g.key === key) + 1 || 10_000);
  keys.sort((a, b) => order(a) - order(b) || nameOf.get(a)!.localeCompare(nameOf.get(b)!));
  const collected = collector();
  const addSlice = (slicePeriod: string) => {
    for (const key of index.groupsOf(scope, slicePeriod)) if (nameOf.has(key)) collected.add(`${scope}|${key}|${slicePeriod}`, `${scope}|${slicePeriod}`, partName(key, nameOf.get(key)!), index.get(scope, key, slicePeriod));
  };
  addSlice(period);
  const previous = new Map(keys.map((key) => [key, previousPeriodWhere(context.periods, period, (p) => hasValue(index.get(scope, key, p)))]));
  for (const p of new Set(previous.values())) if (p) addSlice(p);
  if (scope !== DISTRICT) collected.add(`${DISTRICT}|${ALL_STUDENTS_KEY}|${period}`, `${DISTRICT}|${period}`, null, index.get(DISTRICT, ALL_STUDENTS_KEY, period));
  const shown = protectIndicatorCells(collected.cells, { threshold: context.threshold, isPercentage: isPercent(context), parts: catalogOfDistrict(context.districtGroups) });
  const cellOf = (cellScope: string, key: string, p: string) => shown.get(`${cellScope}|${key}|${p}`) ?? { missing: true as const };
  const district = cellOf(DISTRICT, ALL_STUDENTS_KEY, period);
  const comparison = compare ? cellOf(scope, compare.key, period) : null;
  return {
    district,
    comparison,
    lines: keys.map((key) => {
      const cell = cellOf(scope, key, period);
      const previousPeriod = previous.get(key) ?? null;
      const before = previousPeriod ? cellOf(scope, key, previousPeriod) : null;
      return {
        key,
        label: nameOf.get(key)!,
        cell,
        gapToDistrict: key === ALL_STUDENTS_KEY && scope === DISTRICT ? null : gapBetween(cell, district),
        gapToComparison: compare && key !== compare.key ? gapBetween(cell, comparison) : null,
        change: gapBetween(cell, before),
        previousPeriod: before && 'value' in before ? previousPeriod : null,
      };
    }),
  };
}

/** One group of the district or a school over every period; each period is its own slice. */
function byPeriod({ context, index, period, group, compare, scope }: BuildInput): Built {
  const collected = collector();
  const periods = context.periods.filter((p) => index.get(scope, group.key, p) !== null);
  for (const p of context.periods) {
    collected.add(`${scope}|${group.key}|${p}`, `${scope}|${p}`, partName(group.key, group.name), index.get(scope, group.key, p));
    if (compare) collected.add(`${scope}|${compare.key}|${p}`, `${scope}|${p}`, partName(compare.key, compare.name), index.get(scope, compare.key, p));
    if (scope !== DISTRICT) collected.add(`${DISTRICT}|${group.key}|${p}`, `${DISTRICT}|${p}`, partName(group.key, group.name), index.get(DISTRICT, group.key, p));
  }
  const shown = protectIndicatorCells(collected.cells, { threshold: context.threshold, isPercentage: isPercent(context), parts: catalogOfDistrict(context.districtGroups) });
  const cellOf = (cellScope: string, key: string, p: string) => shown.get(`${cellScope}|${key}|${p}`) ?? { missing: true as const };
  let before: { period: string; cell: IndicatorCell } | null = null;
  const lines: IndicatorLine[] = [];
  for (const p of periods) {
    const cell = cellOf(scope, group.key, p);
    lines.push({
      key: p,
      label: p,
      cell,
      gapToDistrict: scope === DISTRICT ? null : gapBetween(cell, cellOf(DISTRICT, group.key, p)),
      gapToComparison: compare ? gapBetween(cell, cellOf(scope, compare.key, p)) : null,
      change: before ? gapBetween(cell, before.cell) : null,
      previousPeriod: before?.period ?? null,
    });
    if ('value' in cell) before = { period: p, cell };
  }
  return { district: cellOf(DISTRICT, group.key, period), comparison: compare ? cellOf(scope, compare.key, period) : null, lines };
}
