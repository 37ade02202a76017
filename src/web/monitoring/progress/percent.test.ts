import { describe, expect, it } from 'vitest';
import { parsePercent } from './percent';

describe('parsePercent', () => {
  it.each([
    ['50', 50],
    [' 37.5 ', 37.5],
    ['37,5', 37.5],
    ['40%', 40],
    ['0.5', 0.5],
    ['0', null],
    ['100', 100],
    ['101', null],
    ['-5', null],
    ['', null],
    ['half', null],
  ])('reads %j as %s', (text, value) => expect(parsePercent(text)).toBe(value));
});
