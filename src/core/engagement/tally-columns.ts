import type { ResponseColumn } from './response-table.js';

/**
 * Raw counts of one column by group, before any protection: the inner loops of tallySurveyResults.
 * Arrays are flat, `[choice * groups + group]`, so each response costs a few array writes.
 */
export interface ColumnTally {
  /** By group: how many answered. */
  answered: Int32Array;
  /** choice, multi, matrix (per item): [choice * groups + group]. */
  counts?: Int32Array;
  /** matrix: per item, how many answered it by group, and its counts. */
  items?: { answered: Int32Array; counts: Int32Array }[];
  /** rank: how many put each choice first, ranked it at all, and the sum of its positions. */
  first?: Int32Array;
  ranked?: Int32Array;
  rankSum?: Float64Array;
  /** number: each group's answers, in no particular order. */
  values?: Float64Array[];
}

export function tallyColumn(column: ResponseColumn, size: number, groupOf: Uint8Array | Uint16Array, groups: number): ColumnTally {
  const answered = new Int32Array(groups);
  switch (column.kind) {
    case 'choice': {
      const counts = new Int32Array(column.choices.length * groups);
      const { codes } = column;
      for (let row = 0; row < size; row++) {
        const code = codes[row]!;
        if (code === 0) continue;
        const group = groupOf[row]!;
        answered[group]!++;
        counts[(code - 1) * groups + group]!++;
      }
      return { answered, counts };
    }
    case 'multi': {
      const counts = new Int32Array(column.choices.length * groups);
      const { bits, words } = column;
      for (let row = 0; row < size; row++) {
        const group = groupOf[row]!;
        let any = false;
        for (let word = 0; word < words; word++) {
          let mask = bits[row * words + word]!;
          if (mask === 0) continue;
          any = true;
          while (mask !== 0) {
            const bit = 31 - Math.clz32(mask & -mask);
            counts[(word * 32 + bit) * groups + group]!++;
            mask &= mask - 1;
          }
        }
        if (any) answered[group]!++;
      }
      return { answered, counts };
    }
    case 'rank': {
      const width = column.choices.length;
      const first = new Int32Array(width * groups);
      const ranked = new Int32Array(width * groups);
      const rankSum = new Float64Array(width * groups);
      const { positions } = column;
      for (let row = 0; row < size; row++) {
        const group = groupOf[row]!;
        let any = false;
        for (let choice = 0; choice < width; choice++) {
          const position = positions[row * width + choice]!;
          if (position === 0) continue;
          any = true;
          ranked[choice * groups + group]!++;
          rankSum[choice * groups + group]! += position;
          if (position === 1) first[choice * groups + group]!++;
        }
        if (any) answered[group]!++;
      }
      return { answered, first, ranked, rankSum };
    }
    case 'number': {
      const { values } = column;
      for (let row = 0; row < size; row++) if (!Number.isNaN(values[row]!)) answered[groupOf[row]!]!++;
      const byGroup = Array.from(answered, (n) => new Float64Array(n));
      const filled = new Int32Array(groups);
      for (let row = 0; row < size; row++) {
        const value = values[row]!;
        if (Number.isNaN(value)) continue;
        const group = groupOf[row]!;
        byGroup[group]![filled[group]!++] = value;
      }
      return { answered, values: byGroup };
    }
    case 'matrix': {
      const width = column.items.length;
      const choices = column.choices.length;
      const items = column.items.map(() => ({ answered: new Int32Array(groups), counts: new Int32Array(choices * groups) }));
      const { codes } = column;
      for (let row = 0; row < size; row++) {
        const group = groupOf[row]!;
        let any = false;
        for (let item = 0; item < width; item++) {
          const code = codes[row * width + item]!;
          if (code === 0) continue;
          any = true;
          items[item]!.answered[group]!++;
          items[item]!.counts[(code - 1) * groups + group]!++;
        }
        if (any) answered[group]!++;
      }
      return { answered, items };
    }
    case 'text': {
      const flags = column.answered;
      for (let row = 0; row < size; row++) if (flags[row] === 1) answered[groupOf[row]!]!++;
      return { answered };
    }
  }
}
