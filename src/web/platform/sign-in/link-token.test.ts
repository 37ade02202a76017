import { describe, expect, it } from 'vitest';
import { linkTokenFragment, linkTokenFrom } from './link-token';

describe('the token of an e-mailed link', () => {
  it('is read from the fragment, percent-encoded or not', () => {
    expect(linkTokenFrom('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(linkTokenFrom('#token=a%2Bb')).toBe('a+b');
    expect(linkTokenFrom(linkTokenFragment('x y/z'))).toBe('x y/z');
  });

  it('is empty when the fragment has none (a link cut short, or an old ?token= link)', () => {
    expect(linkTokenFrom('')).toBe('');
    expect(linkTokenFrom('#')).toBe('');
    expect(linkTokenFrom('#other=1')).toBe('');
  });
});
