import { describe, expect, it } from 'vitest';
import { entityKeyOf } from './entity-key.js';

describe('entityKeyOf', () => {
  it.each<[string | null, string, string]>([
    ['01M015', 'P.S. 015 ROBERTO CLEMENTE', '01M015'],
    [' 01m015 ', 'anything', '01M015'],
    [null, 'Agnor-Hurt Elementary', 'agnor-hurt elementary'],
    [null, '  Agnor-Hurt   Elementary ', 'agnor-hurt elementary'],
    ['', 'Albemarle High', 'albemarle high'],
    ['   ', 'Albemarle\tHigh', 'albemarle high'],
  ])('code %j, name %j -> %j', (code, name, expected) => {
    expect(entityKeyOf(code, name)).toBe(expected);
  });
});
