import { evidenceOf } from '../format/evidence.js';
import type { PrintoutWords } from './printout-words.js';

/**
 * "Why this goal": the words of what an element cites (a survey result, what a conversation
 * found, a public comment, a data finding), one per line, as a fact beside the element's others.
 * Only the `text` is printed: it was worded from protected results when it was cited, and a
 * printed plan opens no link. Null when the element cites nothing.
 */
export function whyFact(element: object, levelName: string, words: PrintoutWords): { label: string; value: string } | null {
  const texts = evidenceOf(element as Record<string, unknown>).map((item) => item.text.trim());
  return texts.length ? { label: words.whyThis(levelName), value: texts.join('\n') } : null;
}
