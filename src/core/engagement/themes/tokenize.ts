import { STOP_WORDS } from './stop-words.js';
import { foldAccents, foldSuffix } from './fold-words.js';

/**
 * One word of an answer as written (lower case, accents kept, for labels) and its matching key
 * (accent- and suffix-folded), or no key when the word carries no theme: a stop word, a number,
 * a single letter.
 */
export interface Word {
  surface: string;
  key: string | null;
}

/**
 * An answer cut into phrases: runs of words between punctuation. Two-word terms ("class sizes",
 * "tamaño de las clases") are only taken inside one phrase, so "... the bus. Class ..." is no term.
 * Line breaks are not breaks: comments pasted from forms wrap mid-sentence.
 */
export type Phrases = Word[][];

const NO_KEYS: ReadonlySet<string> = new Set();
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”«»¿¡/|•]|\s[-–—]\s/;

/** `ignoredKeys`: keys treated as stop words, e.g. those of the question itself, which every answer repeats. */
export function tokenize(text: string, ignoredKeys: ReadonlySet<string> = NO_KEYS): Phrases {
  const normalized = text.replace(/[’‘`´]/g, "'");
  const phrases: Phrases = [];
  let phrase: Word[] = [];
  let previousEnd = 0;
  for (const match of normalized.matchAll(WORD)) {
    const start = match.index;
    if (PHRASE_BREAK.test(normalized.slice(previousEnd, start)) && phrase.length > 0) {
      phrases.push(phrase);
      phrase = [];
    }
    previousEnd = start + match[0].length;
    const surface = match[0].toLowerCase();
    const key = keyOf(surface);
    phrase.push({ surface, key: key !== null && ignoredKeys.has(key) ? null : key });
  }
  if (phrase.length > 0) phrases.push(phrase);
  return phrases;
}

/** The matching key of one lower-case word, or null when it carries no theme. */
export function keyOf(surface: string): string | null {
  if (/\p{N}/u.test(surface)) return null;
  const folded = foldAccents(surface);
  if (STOP_WORDS.has(folded)) return null;
  // "kid's" and "kids'" count as "kid"; an apostrophe elsewhere ("o'clock") is dropped.
  const bare = folded.replace(/'s$/, '').replace(/'/g, '');
  if (bare.length < 2 || STOP_WORDS.has(bare)) return null;
  return foldSuffix(bare);
}

/** The keys of an answer's content words, in order (the words a search or a label can use). */
export function contentKeys(text: string): string[] {
  return tokenize(text).flatMap((phrase) => phrase.flatMap((word) => (word.key === null ? [] : [word.key])));
}
