import type { DatasetMapping, MetricDefinition, MetricUnit, WideColumn } from '../../../core/evidence/dataset-mapping';

/*
 * The arithmetic of the mapping form, apart from its drawing so it can be tested: how each choice
 * on screen changes the mapping the server reads, and how the mapping reads back into the choices.
 */

/** What each of a wide file's value columns holds. */
export type WideKind = 'period' | 'group' | 'metric';

/** "Chronic absenteeism %" -> "chronic_absenteeism": the stable key a metric is found by. */
export function metricKeyOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

/** "All Schools, District Total" -> ["All Schools", "District Total"]: commas separate, blanks dropped. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A column choice: '' means none, and the key leaves the mapping rather than holding an empty name. */
export function column(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Whether the file is wide (a value per column) rather than long (one value column). */
export function isWide(mapping: DatasetMapping): boolean {
  return !mapping.valueColumn && mapping.wideColumns !== undefined;
}

/** What the wide columns hold, read back from the mapping (period when none says otherwise). */
export function wideKindOf(mapping: DatasetMapping): WideKind {
  const first = mapping.wideColumns?.[0];
  if (first?.metric) return 'metric';
  if (first?.group !== undefined) return 'group';
  return 'period';
}

/**
 * The wide columns for the chosen headers: each column's header is the period, the group, or the
 * metric's label (the unit of the fixed metric, or percent). A column already mapped keeps its
 * own count column.
 */
export function wideColumnsOf(columns: readonly string[], kind: WideKind, mapping: DatasetMapping): WideColumn[] {
  const unit: MetricUnit = mapping.metric.fixed?.unit ?? 'percent';
  return columns.map((name) => {
    const known = mapping.wideColumns?.find((wide) => wide.column === name);
    const base: WideColumn = { column: name, ...(known?.nColumn ? { nColumn: known.nColumn } : {}), ...(known?.nMeans ? { nMeans: known.nMeans } : {}) };
    if (kind === 'period') return { ...base, period: name.trim() };
    if (kind === 'group') return { ...base, group: name.trim() };
    const metric: MetricDefinition = known?.metric ?? { key: metricKeyOf(name), label: name.trim(), unit, higherIsBetter: null };
    return { ...base, metric };
  });
}

/** Switches between a value column (long) and value columns (wide), keeping what can be kept. */
export function withShape(mapping: DatasetMapping, shape: 'long' | 'wide', headers: readonly string[]): DatasetMapping {
  if (shape === 'long') {
    const { wideColumns: _dropped, ...rest } = mapping;
    return { ...rest, valueColumn: mapping.valueColumn ?? headers[headers.length - 1] };
  }
  const { valueColumn: _dropped, ...rest } = mapping;
  return { ...rest, wideColumns: mapping.wideColumns ?? [] };
}

/** The metric as one column naming each row's metric, or one metric for the whole file. */
export function withMetricSource(mapping: DatasetMapping, source: 'column' | 'fixed', headers: readonly string[]): DatasetMapping {
  if (source === 'column') return { ...mapping, metric: { column: mapping.metric.column ?? headers[0] } };
  return { ...mapping, metric: { fixed: mapping.metric.fixed ?? { key: '', label: '', unit: 'percent', higherIsBetter: true } } };
}

/** One field of the fixed metric changed; a key follows the label until someone types a key of their own. */
export function withFixedMetric(mapping: DatasetMapping, change: Partial<MetricDefinition>): DatasetMapping {
  const current = mapping.metric.fixed ?? { key: '', label: '', unit: 'percent' as const, higherIsBetter: true };
  const keyFollowsLabel = current.key === '' || current.key === metricKeyOf(current.label);
  const next = { ...current, ...change };
  if (change.label !== undefined && change.key === undefined && keyFollowsLabel) next.key = metricKeyOf(change.label);
  return { ...mapping, metric: { fixed: next } };
}

/** The headers a column select offers: the file's, and the mapping's own if the file no longer has it. */
export function columnChoices(headers: readonly string[], current: string | undefined): string[] {
  return current && !headers.includes(current) ? [...headers, current] : [...headers];
}

/** "/mapping/metric/fixed/key" -> "metric.fixed.key": where the mapping form shows the server's word. */
export function mappingFieldOf(pointer: string): string | null {
  const match = /^\/mapping\/(.+)$/.exec(pointer);
  if (!match) return null;
  const parts = match[1]!.split('/');
  const listAt = parts.findIndex((part) => /^\d+$/.test(part));
  // An item of a list (one wide column) is shown on the list as a whole.
  return (listAt === -1 ? parts : parts.slice(0, listAt)).join('.');
}
