/** One piece of a text diff: joining the equal and delete pieces gives the old text, equal and insert the new. */
export interface WordDiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * The most cells the longest-common-subsequence table may have (about 2,000 by 2,000 tokens, 8 MB).
 * Past it, the part that differs is shown as one replacement: a reader cannot follow a word diff
 * of two long, mostly different texts anyway, and the table would cost time and memory.
 */
export const MAX_DIFF_CELLS = 2000 * 2000;

// Words (letters, digits and combining marks, so "é" written as e + accent stays one word),
// whitespace runs, and every other character on its own, so "reads." -> "reads well." only inserts.
const TOKEN = /\s+|[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu;

/** Splits a text into words, whitespace runs and single other characters; joined they give the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * A word-level diff of two texts, by a longest common subsequence of tokens. The common start and
 * end are taken off first (edits are usually local, so this keeps the table small); if what is
 * left would need more than MAX_DIFF_CELLS cells, it is shown as one delete and one insert. A
 * whitespace run between two changes joins them ("the cat" -> "a dog" is one replacement, not
 * two around an unchanged space), and within a change the deletion comes before the insertion.
 */
export function diffWords(before: string, after: string): WordDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const middleA = a.slice(start, a.length - end);
  const middleB = b.slice(start, b.length - end);
  const pairs = longestCommonSubsequence(middleA, middleB);
  const steps: WordDiffPart[] = a.slice(0, start).map((text) => ({ op: 'equal', text }));
  if (pairs === null) {
    steps.push(...middleA.map((text) => ({ op: 'delete' as const, text })), ...middleB.map((text) => ({ op: 'insert' as const, text })));
  } else {
    let i = 0;
    let j = 0;
    for (const [matchedI, matchedJ] of pairs) {
      while (i < matchedI) steps.push({ op: 'delete', text: middleA[i++]! });
      while (j < matchedJ) steps.push({ op: 'insert', text: middleB[j++]! });
      steps.push({ op: 'equal', text: middleA[i]! });
      i += 1;
      j += 1;
    }
    while (i < middleA.length) steps.push({ op: 'delete', text: middleA[i++]! });
    while (j < middleB.length) steps.push({ op: 'insert', text: middleB[j++]! });
  }
  steps.push(...a.slice(a.length - end).map((text) => ({ op: 'equal' as const, text })));
  return tidy(steps);
}

/**
 * Index pairs (i, j) of a longest common subsequence of two token lists, in order; null when the
 * table would pass MAX_DIFF_CELLS. Also used to tell which siblings really moved.
 */
export function longestCommonSubsequence<T>(a: readonly T[], b: readonly T[]): Array<readonly [number, number]> | null {
  if (a.length * b.length > MAX_DIFF_CELLS) return null;
  const width = b.length + 1;
  // lengths[i * width + j] = length of an LCS of a[i..] and b[j..]; Uint16 is enough, since
  // the bound keeps the shorter list under 2,000 items.
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Joins whitespace between changes into them, then writes each run as equal, delete, insert. */
function tidy(steps: WordDiffPart[]): WordDiffPart[] {
  const isChange = (step: WordDiffPart | undefined) => step !== undefined && step.op !== 'equal';
  const absorbed: Array<WordDiffPart | { op: 'both'; text: string }> = steps.map((step, index) => {
    if (step.op !== 'equal' || step.text.trim() !== '') return step;
    // Tokenizing keeps a whitespace run whole, so its neighbours are never whitespace too.
    return isChange(steps[index - 1]) && isChange(steps[index + 1]) ? { op: 'both', text: step.text } : step;
  });
  const parts: WordDiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) parts.push({ op: 'delete', text: deleted });
    if (inserted) parts.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const step of absorbed) {
    if (step.op === 'equal') {
      flush();
      const last = parts[parts.length - 1];
      if (last?.op === 'equal') last.text += step.text;
      else parts.push({ op: 'equal', text: step.text });
    } else {
      if (step.op !== 'insert') deleted += step.text;
      if (step.op !== 'delete') inserted += step.text;
    }
  }
  flush();
  return parts;
}
