import { tokenize } from '../themes/tokenize.js';
import { vectorize, type SparseVector } from '../themes/vectorize.js';

export interface StatementText {
  id: string;
  text: string;
}

export interface SimilarStatement {
  id: string;
  /** Cosine similarity of the two TF-IDF vectors, 0 to 1; 1 for the same words. */
  similarity: number;
}

/**
 * How alike two statements must be to be pointed out before posting. Measured on paraphrases of
 * one idea ("More bus routes for the high school" / "We need more bus routes to the high school")
 * against different ideas that share a word or two ("more counselors" / "more bus routes"); see
 * the tests: paraphrases score 0.43 to 0.71, different ideas about 0.1. A false alarm only costs the
 * participant a look at the list before posting anyway.
 */
export const SIMILARITY_THRESHOLD = 0.4;
const DEFAULT_LIMIT = 3;

/**
 * The statements already shown that a new one seems to repeat, most alike first: the same TF-IDF
 * over words and two-word terms (English and Spanish stop words, accents and plural endings folded)
 * that finds themes of survey answers, compared by cosine. Texts that are the same once case,
 * spacing and punctuation are set aside count as 1 whatever the vectors say.
 */
export function findSimilarStatements(options: { text: string; statements: readonly StatementText[]; threshold?: number; limit?: number }): SimilarStatement[] {
  const { statements, threshold = SIMILARITY_THRESHOLD, limit = DEFAULT_LIMIT } = options;
  if (statements.length === 0) return [];
  const { vectors } = vectorize([tokenize(options.text), ...statements.map((statement) => tokenize(statement.text))]);
  const target = vectors[0]!;
  const bare = bareText(options.text);
  const found: SimilarStatement[] = [];
  statements.forEach((statement, index) => {
    const similarity = bare !== '' && bareText(statement.text) === bare ? 1 : cosine(target, vectors[index + 1]!);
    if (similarity >= threshold) found.push({ id: statement.id, similarity: Math.round(similarity * 1000) / 1000 });
  });
  return found.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

/** Both vectors are of unit length with ascending term ids: the dot product of their common terms. */
function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return Math.min(1, Math.max(0, sum));
}

function bareText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
