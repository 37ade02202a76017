import type { NumberSummary } from './survey-results-types.js';

/**
 * n, mean, median, min and max of a list of answers, in linear time: the median is found by
 * selection, not by sorting, which keeps a 100,000-answer question to a millisecond or two. The
 * list is reordered in place.
 */
export function summarizeNumbers(values: Float64Array): NumberSummary | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const middle = n >> 1;
  const upper = selectInPlace(values, middle);
  // With an even count the median is the mean of the two middle values; after selecting the
  // upper one, the lower is the largest value left of it.
  let lower = upper;
  if (n % 2 === 0) {
    lower = -Infinity;
    for (let i = 0; i < middle; i++) if (values[i]! > lower) lower = values[i]!;
  }
  return { n, mean: sum / n, median: (lower + upper) / 2, min, max };
}

/** Puts the k-th smallest value at index k, smaller ones before it, larger after (Hoare's selection). */
function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    // The median of three as pivot keeps sorted and reversed input linear.
    const mid = (left + right) >> 1;
    const pivot = medianOf3(values[left]!, values[mid]!, values[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

function medianOf3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
