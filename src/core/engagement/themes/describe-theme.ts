import { centreOf, dot } from './spherical-kmeans.js';
import type { Term, Vectors } from './vectorize.js';

const WORDS_SHOWN = 8;
const SAMPLE_COUNT = 3;
const MAX_LABEL_WORDS = 4;
const LABEL_MINIMUM_SHARE = 0.1;
const SECOND_TERM_SHARE = 0.25;
const MINIMUM_SECOND_LIFT = 2;
const WORD_MINIMUM_SHARE = 0.05;

export interface ThemeDescription {
  label: string;
  words: string[];
  /** The members, nearest the theme's centre first. */
  members: number[];
  /** The members quoted as samples. */
  samples: number[];
}

/**
 * What a group of answers is about, against the answers around it: its most distinctive terms
 * (frequent inside, rarer outside: their share of the theme times the logarithm of how many
 * times more common they are there), a short label made of them, and the answers to quote.
 * `background` is how many answers with content the whole set has (the group's own size when
 * there is nothing to compare with: then the commonest terms win).
 */
export function describeTheme(options: { vectors: Vectors; members: readonly number[]; background: number; texts: readonly string[] }): ThemeDescription {
  const { vectors, members, background, texts } = options;
  // A group whose words all stand alone (rare, after clustering) still gets its commonest words.
  const distinctive = distinctiveTerms(vectors, members, background);
  const ranked = distinctive.length > 0 ? distinctive : distinctiveTerms(vectors, members, members.length, 1);
  const centre = centreOf(vectors.vectors, members, vectors.terms.length);
  const nearness = new Map(members.map((member) => [member, dot(vectors.vectors[member]!, centre)]));
  const ordered = [...members].sort((a, b) => nearness.get(b)! - nearness.get(a)! || a - b);
  return {
    label: labelOf(ranked, members.length),
    words: wordsOf(ranked, members.length),
    members: ordered,
    samples: pickSamples(ordered, nearness, texts),
  };
}

export interface ScoredTerm {
  term: Term;
  /** How many of the group's answers contain it. */
  count: number;
  score: number;
  /** How many times more common it is in the group than in all answers (1 without contrast). */
  lift: number;
}

/** Terms of the group, most distinctive first (ties by key, so the order never depends on chance). */
export function distinctiveTerms(vectors: Vectors, members: readonly number[], background: number, minimumCount?: number): ScoredTerm[] {
  const inside = new Map<number, number>();
  for (const member of members) for (const id of vectors.termSets[member]!) inside.set(id, (inside.get(id) ?? 0) + 1);
  const size = members.length;
  // A term of a single answer says nothing about a group of several.
  const minimum = minimumCount ?? (size >= 4 ? 2 : 1);
  const hasContrast = background > size;
  const scored: ScoredTerm[] = [];
  for (const [id, count] of inside) {
    if (count < minimum) continue;
    const term = vectors.terms[id]!;
    const shareInside = count / size;
    const shareEverywhere = Math.min(1, term.documentFrequency / background);
    const score = hasContrast ? shareInside * Math.log(shareInside / shareEverywhere) : shareInside;
    if (score > 0) scored.push({ term, count, score, lift: hasContrast ? shareInside / shareEverywhere : 1 });
  }
  return scored.sort((a, b) => b.score - a.score || (a.term.key < b.term.key ? -1 : a.term.key > b.term.key ? 1 : 0));
}

/**
 * Two to four words: the top term and, when nearly as telling, the next one; a two-word term
 * takes the place of its words when people write them together ("middle school" rather than
 * "school, middle"). A term must be in a tenth of the theme's answers to be named: a sentence
 * pasted into a dozen answers is distinctive but not what the theme is about.
 */
export function labelOf(ranked: readonly ScoredTerm[], size: number): string {
  const common = ranked.filter((candidate) => candidate.count >= Math.max(1, LABEL_MINIMUM_SHARE * size));
  const first = common[0];
  if (!first) return ranked[0]?.term.surface ?? '';
  const parts: ScoredTerm[] = [wholePhrase(common, first) ?? first];
  // The second term is the most specific of the fairly telling ones: "walk" over "kids".
  const seconds = common
    .filter((candidate) => candidate.score >= first.score * SECOND_TERM_SHARE && (candidate.lift >= MINIMUM_SECOND_LIFT || candidate.lift === 1))
    .sort((a, b) => b.lift - a.lift || b.score - a.score);
  for (const candidate of seconds) {
    if (sharesAWord(candidate, parts)) continue;
    // Two words people write side by side are named as they write them.
    const joined = !parts[0]!.term.isPhrase ? joiningPhrase(common, parts[0]!, candidate) : undefined;
    const chosen = joined ?? wholePhrase(common, candidate) ?? candidate;
    const words = (joined ? 0 : parts[0]!.term.surface.split(' ').length) + chosen.term.surface.split(' ').length;
    if (words > MAX_LABEL_WORDS || (!joined && sharesAWord(chosen, parts))) continue;
    if (joined) parts[0] = joined;
    else parts.push(chosen);
    break;
  }
  return parts.map((part) => part.term.surface).join(', ');
}

function keysOf(term: ScoredTerm): string[] {
  return term.term.key.split(' ');
}

function sharesAWord(candidate: ScoredTerm, parts: readonly ScoredTerm[]): boolean {
  return parts.some((part) => keysOf(part).some((key) => keysOf(candidate).includes(key)));
}

/**
 * The best two-word term holding this word among the theme's common terms ("middle school" for
 * "school"), when it is at least a quarter as telling as the word alone.
 */
function wholePhrase(common: readonly ScoredTerm[], word: ScoredTerm): ScoredTerm | undefined {
  if (word.term.isPhrase) return undefined;
  return common.find((other) => other.term.isPhrase && keysOf(other).includes(word.term.key) && other.score >= word.score * SECOND_TERM_SHARE);
}

/** The two-word term made of exactly these two words, in either order, if the theme uses it. */
function joiningPhrase(ranked: readonly ScoredTerm[], a: ScoredTerm, b: ScoredTerm): ScoredTerm | undefined {
  const keys = [a.term.key, b.term.key];
  return ranked.find((other) => other.term.isPhrase && keysOf(other).length === 2 && keys.every((key) => keysOf(other).includes(key)));
}

/**
 * The distinctive words and two-word terms as people wrote them (each in at least one answer in
 * twenty of the theme), without repeating a word a term already shows.
 */
function wordsOf(ranked: readonly ScoredTerm[], size: number): string[] {
  const words: string[] = [];
  const shown = new Set<string>();
  for (const { term, count } of ranked) {
    if (count < WORD_MINIMUM_SHARE * size) continue;
    if (words.length >= WORDS_SHOWN) break;
    if (shown.has(term.surface)) continue;
    if (!term.isPhrase && ranked.some((other) => other.term.isPhrase && words.includes(other.term.surface) && other.term.key.split(' ').includes(term.key))) continue;
    words.push(term.surface);
    shown.add(term.surface);
  }
  return words;
}

/**
 * The answers nearest the centre, discounted when very short ("Bus.") or long (a letter), so the
 * quotes read as typical and fit on a card; the same text is never quoted twice.
 */
function pickSamples(ordered: readonly number[], nearness: ReadonlyMap<number, number>, texts: readonly string[]): number[] {
  const scored = ordered.map((member) => ({ member, score: nearness.get(member)! * lengthPreference(texts[member]!.trim().length) }));
  scored.sort((a, b) => b.score - a.score || a.member - b.member);
  const samples: number[] = [];
  const seen = new Set<string>();
  for (const { member } of scored) {
    if (samples.length >= SAMPLE_COUNT) break;
    const text = texts[member]!.trim().toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(text)) continue;
    seen.add(text);
    samples.push(member);
  }
  return samples;
}

export function lengthPreference(characters: number): number {
  if (characters < 40) return 0.4 + (0.6 * characters) / 40;
  if (characters <= 220) return 1;
  return Math.max(0.3, 220 / characters);
}
