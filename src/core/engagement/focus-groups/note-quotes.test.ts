import { describe, expect, it } from 'vitest';
import { asQuoteLine, isQuoteLine, quotesIn, quoteWords } from './note-quotes.js';

describe('quotes in notes', () => {
  it.each([
    ['"We need more buses"', true],
    ['  “Nobody calls us back.”', true],
    ['«Queremos clases de inglés para padres»', true],
    ["'Short'", true],
    ['Parents said buses are late', false],
    ['', false],
    ['"', false],
    ['- “bulleted quote”', false],
  ])('%j is a quote line: %s', (line, expected) => {
    expect(isQuoteLine(line)).toBe(expected);
  });

  it.each([
    ['“We need buses.”', 'We need buses.'],
    ['"It\'s the bus"', "It's the bus"],
    ['«Más tutorías»', 'Más tutorías'],
    ['“Unclosed', 'Unclosed'],
  ])('takes the marks off %j', (line, words) => {
    expect(quoteWords(line)).toBe(words);
  });

  it('finds every quote of a note, in order, skipping summary lines and empty quotes', () => {
    const note = 'Buses late in winter.\n“The bus never comes on time.”\nMost agreed.\r\n«El autobús llega tarde»\n""\n';
    expect(quotesIn(note)).toEqual(['The bus never comes on time.', 'El autobús llega tarde']);
  });

  it('turns a selection into one quote line', () => {
    expect(asQuoteLine('we need\n more buses')).toBe('“we need more buses”');
    expect(asQuoteLine('"already marked"')).toBe('“already marked”');
  });
});
