/**
 * Names of schools as files and districts write them ("P.S. 015 Roberto Clemente", "PS 15 ROBERTO
 * CLEMENTE"): compared as lower-case words without punctuation, and scored by the words they share.
 */
export function normalizeSchoolName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

// Words nearly every school's name has: they say nothing about which school it is.
const COMMON = new Set(['school', 'schools', 'elementary', 'middle', 'high', 'the', 'of', 'and', 'academy', 'es', 'ms', 'hs']);

const words = (name: string) => new Set(normalizeSchoolName(name).split(' ').filter((word) => word !== '' && !COMMON.has(word)));

/** How alike two names are, 0..1: the share of their distinctive words they have in common (Jaccard). */
export function nameSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}
