import { describe, expect, it } from 'vitest';
import { parseWeight } from './roll-up-weights';

describe('parseWeight', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['0', 0],
    ['1,5', 1.5],
    [' 0.25 ', 0.25],
    ['100', 100],
    ['', null],
    ['two', null],
    ['-1', null],
    ['101', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseWeight(text)).toBe(expected);
  });
});
