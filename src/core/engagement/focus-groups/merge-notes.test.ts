import { describe, expect, it } from 'vitest';
import { keepBothNotes } from './merge-notes.js';

describe('keeping both note-takers\' notes', () => {
  it.each([
    ['both added different lines', 'Buses late\nTheirs: tutoring', 'Buses late\nMine: safety', 'Buses late\nTheirs: tutoring\nMine: safety'],
    ['mine is already inside theirs', 'A\nB\nC', 'A\nB', 'A\nB\nC'],
    ['the saved note was empty', '', 'Mine only', 'Mine only'],
    ['mine was empty', 'Theirs', '', 'Theirs'],
    ['a line both wrote appears once, spaces aside', 'Buses late  \n', '  Buses late\nNew', 'Buses late\nNew'],
    ['blank lines of mine are not carried', 'X', '\n\nY\n\n', 'X\nY'],
  ])('%s', (_, saved, mine, merged) => {
    expect(keepBothNotes(saved, mine)).toBe(merged);
  });

  it('never loses a line of either text', () => {
    const saved = 'one\ntwo\nthree';
    const mine = 'zero\ntwo\nfour';
    const merged = keepBothNotes(saved, mine).split('\n');
    for (const line of [...saved.split('\n'), ...mine.split('\n')]) expect(merged).toContain(line);
  });
});
