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
// Chinese and Japanese punctuation breaks phrases too (full-width commas, stops, quotes).
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”«»¿¡/|•，。、；：！？「」『』（）《》【】…]|\s[-–—]\s/;
const HAN = /\p{Script=Han}/u;
const HAN_OR_NOT = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
// Particles that glue Chinese words together ("of", "is", "at", "all", "and", "also"...): a piece
// holding one is mostly the seam between two words, not a word.
const HAN_PARTICLE = /[的了是在都而也就和與与或及被把讓让跟着著嗎吗呢吧啊之其]/u;

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
    for (const surface of wordsOf(match[0].toLowerCase())) {
      const key = keyOf(surface);
      phrase.push({ surface, key: key !== null && ignoredKeys.has(key) ? null : key });
    }
  }
  if (phrase.length > 0) phrases.push(phrase);
  return phrases;
}

/**
 * Chinese is written without spaces between words, so a run of Han characters is cut into its
 * overlapping two-character pieces ("計程車" gives "計程", "程車"): most Chinese words are two
 * characters long, and the pieces of a longer one make two-word terms that `joinSurfaces` puts back
 * together. Other scripts keep their words whole.
 */
function wordsOf(word: string): string[] {
  if (!HAN.test(word)) return [word];
  return (word.match(HAN_OR_NOT) ?? []).flatMap((piece) => {
    if (!HAN.test(piece) || piece.length < 3) return [piece];
    const chars = [...piece];
    return chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
  });
}

/**
 * The words of a term as they are shown: with spaces, except two overlapping pieces of one Chinese
 * word ("計程" and "程車"), which are shown as the word ("計程車").
 */
export function joinSurfaces(surfaces: readonly string[]): string {
  return surfaces.reduce((joined, surface) => {
    if (joined === '') return surface;
    const last = [...joined].at(-1)!;
    const first = [...surface][0]!;
    if (HAN.test(last) && HAN.test(first)) return last === first ? joined + surface.slice(first.length) : joined + surface;
    return `${joined} ${surface}`;
  }, '');
}

/** The matching key of one lower-case word, or null when it carries no theme. */
export function keyOf(surface: string): string | null {
  if (/\p{N}/u.test(surface)) return null;
  if (HAN.test(surface) && HAN_PARTICLE.test(surface)) return null;
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
