import { describe, expect, it } from 'vitest';
import { diffWords, longestCommonSubsequence, MAX_DIFF_CELLS, tokenize, type WordDiffPart } from './word-diff.js';

const eq = (text: string): WordDiffPart => ({ op: 'equal', text });
const ins = (text: string): WordDiffPart => ({ op: 'insert', text });
const del = (text: string): WordDiffPart => ({ op: 'delete', text });
const sideOf = (parts: WordDiffPart[], skip: WordDiffPart['op']) => parts.filter((p) => p.op !== skip).map((p) => p.text).join('');

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['Every student reads.', ['Every', ' ', 'student', ' ', 'reads', '.']],
    ['  two\n\tspaces ', ['  ', 'two', '\n\t', 'spaces', ' ']],
    ['K-3 (48.2%)', ['K', '-', '3', ' ', '(', '48', '.', '2', '%', ')']],
    ['niños año', ['niños', ' ', 'año']],
    ['cafe\u0301 ok', ['cafe\u0301', ' ', 'ok']],
    ['学生 😀!', ['学生', ' ', '😀', '!']],
    ['a\u00a0b', ['a', '\u00a0', 'b']],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it.each<[string, string, string, WordDiffPart[]]>([
    ['identical', 'Every learner thrives.', 'Every learner thrives.', [eq('Every learner thrives.')]],
    ['both empty', '', '', []],
    ['from empty', '', 'New mission', [ins('New mission')]],
    ['to empty', 'Old mission', '', [del('Old mission')]],
    ['an inserted word', 'every student reads', 'every student reads well', [eq('every student reads'), ins(' well')]],
    ['an inserted word before punctuation', 'Every student reads.', 'Every student reads well.', [eq('Every student reads'), ins(' well'), eq('.')]],
    ['a deleted word', 'we prepare every learner', 'we prepare learner', [eq('we prepare '), del('every '), eq('learner')]],
    ['a replaced word', 'the cat sat', 'the dog sat', [eq('the '), del('cat'), ins('dog'), eq(' sat')]],
    ['two replaced words are one change', 'the cat sat', 'a dog sat', [del('the cat'), ins('a dog'), eq(' sat')]],
    ['a changed number', 'from 41% to 60% by 2030', 'from 41% to 65% by 2030', [eq('from 41% to '), del('60'), ins('65'), eq('% by 2030')]],
    ['changes far apart stay apart', 'one two three four five', 'uno two three four cinco', [del('one'), ins('uno'), eq(' two three four '), del('five'), ins('cinco')]],
    ['whitespace only', 'a b', 'a  b', [eq('a'), del(' '), ins('  '), eq('b')]],
    ['a new line', 'line one line two', 'line one\nline two', [eq('line one'), del(' '), ins('\n'), eq('line two')]],
    ['accents are letters', 'los niños leen', 'las niñas leen', [del('los niños'), ins('las niñas'), eq(' leen')]],
    ['emoji and CJK', '学生 😀 read', '学生 🎉 read', [eq('学生 '), del('😀'), ins('🎉'), eq(' read')]],
    ['case matters', 'Board', 'board', [del('Board'), ins('board')]],
    ['a reordered phrase', 'reads and writes', 'writes and reads', [del('reads'), ins('writes'), eq(' and '), del('writes'), ins('reads')]],
    ['no common word', 'alpha beta', 'gamma delta', [del('alpha beta'), ins('gamma delta')]],
  ])('%s', (_name, before, after, parts) => {
    const diff = diffWords(before, after);
    expect(diff).toEqual(parts);
    expect(sideOf(diff, 'insert')).toBe(before);
    expect(sideOf(diff, 'delete')).toBe(after);
  });

  it.each([
    ['many edits in a long text, through the table', 900, true],
    ['texts past the table bound, as one replacement', 2500, false],
  ])('always rebuilds both sides: %s', (_name, words, isWordByWord) => {
    const before = Array.from({ length: words }, (_, i) => `w${i % 97}`).join(' ');
    const after = Array.from({ length: words }, (_, i) => `w${(i * 7) % 89}`).join(' ');
    const diff = diffWords(before, after);
    expect(sideOf(diff, 'insert')).toBe(before);
    expect(sideOf(diff, 'delete')).toBe(after);
    expect(diff.filter((p) => p.op === 'equal').length > 10).toBe(isWordByWord);
  });

  it('replaces the differing middle whole when the table would be too big, keeping the common ends', () => {
    const words = (seed: string) => Array.from({ length: 2100 }, (_, i) => `${seed}${i}`).join(' ');
    const before = `Intro. ${words('a')} End.`;
    const after = `Intro. ${words('b')} End.`;
    expect(tokenize(words('a')).length ** 2).toBeGreaterThan(MAX_DIFF_CELLS);
    expect(diffWords(before, after)).toEqual([eq('Intro. '), del(words('a')), ins(words('b')), eq(' End.')]);
  });

  it('finds a small edit in a long text quickly, thanks to the common ends', () => {
    const long = Array.from({ length: 20000 }, (_, i) => `word${i}`).join(' ');
    const started = performance.now();
    expect(diffWords(long, long.replace('word10000', 'changed'))).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('longestCommonSubsequence', () => {
  it.each<[string[], string[], Array<[number, number]> | null]>([
    [[], [], []],
    [['a', 'b', 'c'], ['a', 'b', 'c'], [[0, 0], [1, 1], [2, 2]]],
    [['a', 'b', 'c'], ['b', 'c', 'a'], [[1, 0], [2, 1]]],
    [['x'], ['y'], []],
  ])('%j vs %j', (a, b, pairs) => expect(longestCommonSubsequence(a, b)).toEqual(pairs));

  it('gives up past the bound', () => expect(longestCommonSubsequence(new Array(2001).fill('a'), new Array(2001).fill('b'))).toBeNull());
});
