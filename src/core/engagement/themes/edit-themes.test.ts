import { describe, expect, it } from 'vitest';
import { labelFor, splitTheme } from './edit-themes.js';
import type { Answer } from './themes-types.js';

const answers = (prefix: string, texts: string[]): Answer[] => texts.map((text, index) => ({ id: `${prefix}-${index + 1}`, text }));

const busStops = answers('stop', [
  'The bus stop has no sidewalk',
  'Our bus stop is on a busy road',
  'Move the bus stop closer to home',
  'Bus stop safety worries me',
  'Kids wait at the bus stop in the dark',
]);
const busRides = answers('ride', [
  'The bus ride takes an hour',
  'Bus rides are far too long',
  'A long bus ride every morning',
  'The ride home on the bus is long',
  'Shorter bus rides please',
]);
const classSizes = answers('class', ['Class sizes are too big', 'Smaller class sizes please', 'Big classes hurt learning', 'Teachers need smaller class sizes', 'Class sizes keep growing']);

describe('splitTheme', () => {
  it('cuts a theme along the line its answers differ most, each part labelled against the other', () => {
    const parts = splitTheme([...busRides, ...busStops]);
    expect(parts).not.toBeNull();
    const [first, second] = parts!;
    const groups = [first, second].map((part) => new Set(part.answerIds.map((id) => id.split('-')[0])));
    expect(groups.every((group) => group.size === 1)).toBe(true);
    expect(first.answerIds.length + second.answerIds.length).toBe(10);
    const stopPart = first.answerIds[0]!.startsWith('stop') ? first : second;
    const ridePart = stopPart === first ? second : first;
    expect(stopPart.label).toMatch(/stop/);
    expect(ridePart.label).toMatch(/ride/);
    expect([first.key, second.key]).toEqual(['part-1', 'part-2']);
  });

  it('puts answers without words in the larger part', () => {
    const parts = splitTheme([...busStops, ...classSizes.slice(0, 3), { id: 'empty', text: 'N/A' }]);
    expect(parts?.[0].answerIds).toContain('empty');
    expect(parts?.[0].answerIds.filter((id) => id.startsWith('stop'))).toHaveLength(5);
  });

  it('is deterministic and ignores the order of the answers', () => {
    const input = [...busRides, ...busStops, ...classSizes];
    expect(splitTheme([...input].reverse())).toEqual(splitTheme(input));
  });

  it.each<[string, Answer[]]>([
    ['no answers', []],
    ['one answer', busStops.slice(0, 1)],
    ['answers that say the same', answers('same', ['Bus stop', 'bus stops', 'BUS STOP!'])],
    ['answers with no words', answers('none', ['ok', 'N/A', '42'])],
  ])('cannot split %s', (_, input) => {
    expect(splitTheme(input)).toBeNull();
  });
});

describe('labelFor', () => {
  it.each<[string, Answer[], Answer[] | undefined, RegExp]>([
    ['a group on its own: its commonest words', busStops, undefined, /bus stop/],
    ['a group among others: what sets it apart', busRides, [...busStops, ...busRides, ...classSizes], /ride/],
    ['class sizes among bus answers', classSizes, [...busStops, ...classSizes], /class sizes/],
    ['Spanish answers', answers('es', ['La parada del autobús está lejos', 'Parada de autobús peligrosa', 'No hay parada de autobús cerca']), undefined, /parada de autobús/],
  ])('%s', (_, group, among, expected) => {
    const { label, words } = labelFor(group, { among });
    expect(label).toMatch(expected);
    expect(words.length).toBeGreaterThan(0);
  });

  it('gives an empty label when the answers have no words to go by', () => {
    expect(labelFor(answers('none', ['ok', 'N/A']))).toEqual({ label: '', words: [] });
  });

  it('leaves out the words it is told to ignore', () => {
    const group = answers('opt', ['Option A keeps the bus stop', 'Option A: bus stop is safer', 'I like option A for the bus stop']);
    expect(labelFor(group, { ignoreWords: ['option'] }).label).not.toMatch(/option/i);
  });
});
