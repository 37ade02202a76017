/**
 * Participants' own words in a note. A note-taker marks a quote by starting the line with a
 * quotation mark (typed, or put there by the notes page's "Quote" button); everything else is the
 * note-taker's summary. Quotes are what the synthesis table shows under each theme.
 */

// Straight and typographic marks, the guillemets Spanish and French use, and CJK corner brackets.
const OPENING_MARKS = '"\'“”„‟«»‘’‚‹›「『';
const CLOSING_MARKS = '"\'“”»«’‘›‹」』';

/** The mark the "Quote" button puts at the start of a line. */
export const QUOTE_MARK = '“';

/** Whether a line of a note is a participant's words. */
export function isQuoteLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 1 && OPENING_MARKS.includes(trimmed[0]!);
}

/** The words of a quote line without its marks: `“We need buses.”` -> `We need buses.` */
export function quoteWords(line: string): string {
  let words = line.trim();
  while (words && OPENING_MARKS.includes(words[0]!)) words = words.slice(1);
  while (words && CLOSING_MARKS.includes(words[words.length - 1]!)) words = words.slice(0, -1);
  return words.trim();
}

/** Every quote in a text, in order, without marks; empty quotes are skipped. */
export function quotesIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter(isQuoteLine)
    .map(quoteWords)
    .filter((words) => words.length > 0);
}

/** A text as a quote line: what the "Quote" button makes of a selection. */
export function asQuoteLine(text: string): string {
  const words = quoteWords(text.replace(/\s*\r?\n\s*/g, ' '));
  return `${QUOTE_MARK}${words}”`;
}
