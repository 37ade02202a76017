import { describe, expect, it } from 'vitest';
import { placeOfProblem } from './import-problems';

describe('the place a refused Polis export names', () => {
  it.each([
    ['/votes.csv/57/vote', { file: 'votes.csv', line: 57, column: 'vote' }],
    ['/comments.csv/1', { file: 'comments.csv', line: 1, column: null }],
    ['/comments.csv', { file: 'comments.csv', line: null, column: null }],
  ])('%s', (pointer, place) => {
    expect(placeOfProblem(pointer)).toEqual(place);
  });
});
