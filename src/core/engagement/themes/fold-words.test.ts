import { describe, expect, it } from 'vitest';
import { foldAccents, foldSuffix } from './fold-words.js';
import { contentKeys, keyOf, tokenize } from './tokenize.js';

describe('foldAccents', () => {
  it.each([
    ['Autobús', 'autobus'],
    ['NIÑOS', 'ninos'],
    ['está', 'esta'],
    ['Über', 'uber'],
    ['plain', 'plain'],
  ])('%s -> %s', (word, folded) => {
    expect(foldAccents(word)).toBe(folded);
  });
});

describe('foldSuffix: the spellings of one word meet', () => {
  it.each([
    ['bus', 'buses'],
    ['class', 'classes'],
    ['size', 'sizes'],
    ['community', 'communities'],
    ['keep', 'keeping'],
    ['keep', 'keeps'],
    ['move', 'moved'],
    ['plan', 'planning'],
    ['stop', 'stopped'],
    ['clase', 'clases'],
    ['escuela', 'escuelas'],
    ['autobus', 'autobuses'],
    ['overcrowd', 'overcrowded'],
  ])('%s ~ %s', (a, b) => {
    expect(foldSuffix(a)).toBe(foldSuffix(b));
  });

  it.each([
    ['spring', 'spring'], // not a verb in -ing
    ['bus', 'bus'],
    ['class', 'class'],
    ['analysis', 'analysis'],
    ['need', 'need'],
    ['speed', 'speed'],
  ])('%s stays %s', (word, stem) => {
    expect(foldSuffix(word)).toBe(stem);
  });
});

describe('keyOf', () => {
  it.each<[string, string | null]>([
    ['the', null],
    ['Because', null],
    ['porque', null],
    ['también', null], // a stop word once accents are folded
    ["don't", null],
    ['2024', null],
    ['7:15', null],
    ['pb63', null],
    ['b', null],
    ["kid's", 'kid'],
    ['Buses', 'bus'],
    ['autobús', 'autobus'],
  ])('%s -> %s', (word, key) => {
    expect(keyOf(word.toLowerCase())).toBe(key);
  });
});

describe('tokenize', () => {
  it('cuts phrases at punctuation, not at line breaks', () => {
    const phrases = tokenize('The bus stop\nis far. Class sizes, too');
    expect(phrases.map((phrase) => phrase.map((word) => word.surface))).toEqual([['the', 'bus', 'stop', 'is', 'far'], ['class', 'sizes'], ['too']]);
  });

  it('keeps accents in what people read and folds them in keys', () => {
    expect(tokenize('Tamaño')[0]).toEqual([{ surface: 'tamaño', key: 'tamano' }]);
  });

  it('leaves out the words it is told to ignore', () => {
    expect(contentKeys('Option A keeps the bus')).toEqual(['option', 'keep', 'bus']);
    expect(tokenize('Option A keeps the bus', new Set(['option']))[0]!.map((word) => word.key)).toEqual([null, null, 'keep', null, 'bus']);
  });
});
