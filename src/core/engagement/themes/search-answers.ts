import { foldAccents } from './fold-words.js';
import type { Answer } from './themes-types.js';
import { keyOf } from './tokenize.js';

export interface SearchHit {
  id: string;
  text: string;
  /** Where the matching words are in `text`, as [start, end) character offsets, for highlighting. */
  highlights: [number, number][];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The answers that contain every word of the query, whatever the case, accents or plural
 * ("autobus" finds "autobuses" and "Autobús"), best first: answers holding the query as written
 * (as a phrase), then those where its words take up more of a shorter answer; ties by id. Stop
 * words in the query are ignored unless it has nothing else ("no" still finds "No").
 */
export function searchAnswers(answers: readonly Answer[], query: string): SearchHit[] {
  const queryWords = [...query.matchAll(WORD)].map((match) => match[0].toLowerCase());
  const contentKeys = unique(queryWords.flatMap((word) => keyOf(word) ?? []));
  const useFolded = contentKeys.length === 0;
  const wanted = useFolded ? unique(queryWords.map(foldAccents)) : contentKeys;
  if (wanted.length === 0) return [];
  const phrase = normalizeForPhrase(query);
  const hits: (SearchHit & { score: number })[] = [];
  for (const answer of answers) {
    const highlights: [number, number][] = [];
    const found = new Set<string>();
    let wordCount = 0;
    for (const match of answer.text.matchAll(WORD)) {
      wordCount += 1;
      const surface = match[0].toLowerCase();
      const key = useFolded ? foldAccents(surface) : keyOf(surface);
      if (key === null || !wanted.includes(key)) continue;
      found.add(key);
      highlights.push([match.index, match.index + match[0].length]);
    }
    if (found.size < wanted.length) continue;
    const isPhrase = wanted.length > 1 && normalizeForPhrase(answer.text).includes(phrase);
    const score = (isPhrase ? 10 : 0) + highlights.length / Math.sqrt(wordCount);
    hits.push({ id: answer.id, text: answer.text, highlights, score });
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.map(({ id, text, highlights }) => ({ id, text, highlights }));
}

function normalizeForPhrase(text: string): string {
  return ` ${[...text.matchAll(WORD)].map((match) => foldAccents(match[0])).join(' ')} `;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
