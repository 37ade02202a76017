import { joinSurfaces, type Phrases } from './tokenize.js';

/** A TF-IDF vector of unit length, as its non-zero terms (ascending term ids) and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** A term of the vocabulary: one folded word ("siz") or two ("clas siz"). */
export interface Term {
  key: string;
  /** How many answers contain it. */
  documentFrequency: number;
  isPhrase: boolean;
  /** The way people wrote it most often ("class sizes", "tamaño de las clases"): what labels show. */
  surface: string;
}

export interface Vectors {
  vectors: SparseVector[];
  terms: Term[];
  /** For each answer, the ids of the terms it contains (once each), for counting words per theme. */
  termSets: Int32Array[];
}

/** How many stop words may sit between the two words of a two-word term ("tamaño de las clases"). */
const MAX_WORDS_BETWEEN = 2;

/**
 * TF-IDF vectors of tokenized answers over single words and two-word terms. A term must appear in
 * two answers to count (in one it joins nothing to anything), except in very small sets; a word in
 * more than half of a large set's answers ("option", "school" in a question about school options)
 * tells the themes apart no better than a stop word and is left out.
 */
export function vectorize(documents: Phrases[]): Vectors {
  const n = documents.length;
  const minimumFrequency = n >= 20 ? 2 : 1;
  const maximumFrequency = n >= 20 ? Math.floor(n / 2) : n;
  const occurrences = documents.map(termOccurrences);
  const frequency = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const counts of occurrences) {
    for (const [key, { surfaces: written }] of counts) {
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
      let tally = surfaces.get(key);
      if (!tally) surfaces.set(key, (tally = new Map()));
      for (const [surface, count] of written) tally.set(surface, (tally.get(surface) ?? 0) + count);
    }
  }
  const keys = [...frequency.keys()]
    .filter((key) => {
      const df = frequency.get(key) ?? 0;
      return df <= maximumFrequency && df >= minimumFrequency;
    })
    .sort();
  const idOf = new Map(keys.map((key, id) => [key, id]));
  const terms: Term[] = keys.map((key) => ({
    key,
    documentFrequency: frequency.get(key) ?? 0,
    isPhrase: key.includes(' '),
    surface: mostCommon(surfaces.get(key) ?? new Map()),
  }));
  const inverse = terms.map((term) => Math.log((1 + n) / (1 + term.documentFrequency)) + 1);
  const vectors: SparseVector[] = [];
  const termSets: Int32Array[] = [];
  for (const counts of occurrences) {
    const present: [number, number][] = [];
    for (const [key, { count }] of counts) {
      const id = idOf.get(key);
      if (id !== undefined) present.push([id, (1 + Math.log(count)) * (inverse[id] ?? 1)]);
    }
    present.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(present.reduce((sum, [, w]) => sum + w * w, 0));
    vectors.push({
      terms: Int32Array.from(present, ([id]) => id),
      weights: Float64Array.from(present, ([, w]) => w / norm),
    });
    termSets.push(Int32Array.from(present, ([id]) => id));
  }
  return { vectors, terms, termSets };
}

interface Occurrence {
  count: number;
  surfaces: Map<string, number>;
}

/** Every word and two-word term of one answer, with how often and in which spellings it occurs. */
function termOccurrences(phrases: Phrases): Map<string, Occurrence> {
  const found = new Map<string, Occurrence>();
  const add = (key: string, surface: string) => {
    let occurrence = found.get(key);
    if (!occurrence) found.set(key, (occurrence = { count: 0, surfaces: new Map() }));
    occurrence.count += 1;
    occurrence.surfaces.set(surface, (occurrence.surfaces.get(surface) ?? 0) + 1);
  };
  for (const phrase of phrases) {
    for (let i = 0; i < phrase.length; i++) {
      const word = phrase[i]!;
      if (word.key === null) continue;
      add(word.key, word.surface);
      // The next content word, across at most MAX_WORDS_BETWEEN stop words, makes a two-word term.
      for (let j = i + 1; j < phrase.length && j <= i + 1 + MAX_WORDS_BETWEEN; j++) {
        const next = phrase[j]!;
        if (next.key === null) {
          if (isNumber(next.surface)) break;
          continue;
        }
        if (next.key !== word.key) {
          add(`${word.key} ${next.key}`, joinSurfaces(phrase.slice(i, j + 1).map((w) => w.surface)));
        }
        break;
      }
    }
  }
  return found;
}

function isNumber(surface: string): boolean {
  return /\p{N}/u.test(surface);
}

/** The most frequent spelling; ties go to the alphabetically first, so the choice never depends on order. */
function mostCommon(tally: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of tally) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
