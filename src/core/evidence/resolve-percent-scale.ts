import type { DatasetMapping } from './dataset-mapping.js';
import { readCell } from './read-cell.js';

/**
 * Decides a mapping's "auto" percent scale from a sample of rows: 0-1 when every number in its
 * percent columns is within 0..1 (and at least one is a fraction, so a column of 0s and 1s in a
 * 0-100 file is not taken for 0-1) and none is written with a percent sign, else 0-100. A mapping already decided comes back unchanged.
 */
export function resolvePercentScale(mapping: DatasetMapping, headers: string[], sample: string[][]): DatasetMapping {
  if (mapping.percentScale !== 'auto') return mapping;
  const indexOf = (column: string): number => {
    const target = column.trim().toLowerCase();
    return headers.findIndex((header) => header.replace(/^\uFEFF/, '').trim().toLowerCase() === target);
  };
  const percentColumns: number[] = [];
  const fixedIsPercent = mapping.metric.fixed?.unit === 'percent';
  if (mapping.wideColumns && mapping.wideColumns.length > 0) {
    for (const wide of mapping.wideColumns) {
      if ((wide.metric ?? mapping.metric.fixed)?.unit === 'percent') percentColumns.push(indexOf(wide.column));
    }
  } else if (mapping.valueColumn !== undefined && (fixedIsPercent || mapping.metric.column !== undefined)) {
    percentColumns.push(indexOf(mapping.valueColumn));
  }
  let numbers = 0;
  let fractions = 0;
  for (const row of sample) {
    for (const index of percentColumns) {
      if (index < 0) continue;
      const cell = row[index] ?? '';
      const read = readCell(cell, { unit: 'number', scale: '0_100' });
      if ('problem' in read || read.value === null) continue;
      // A value written with its percent sign is on 0-100 whatever its size ("0.5%").
      if (cell.trimEnd().endsWith('%')) return { ...mapping, percentScale: '0_100' };
      if (read.value < 0 || read.value > 1) return { ...mapping, percentScale: '0_100' };
      numbers++;
      if (read.value > 0 && read.value < 1) fractions++;
    }
  }
  return { ...mapping, percentScale: numbers > 0 && fractions > 0 ? '0_1' : '0_100' };
}
