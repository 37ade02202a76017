import { describe, expect, it } from 'vitest';
import { layoutFingerprint } from './layout-fingerprint.js';

describe('layoutFingerprint', () => {
  const nyc = layoutFingerprint(['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4']);

  it.each<[string, string[], boolean]>([
    ['the same headers', ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4'], true],
    ['columns in another order', ['Year', 'DBN', '% Level 3+4', 'Grade', 'School Name'], true],
    ['other case and spacing', ['\uFEFFdbn', ' school  name ', 'GRADE', 'year', '% level 3+4'], true],
    ['an empty trailing column', ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4', ''], true],
    ['a column fewer', ['DBN', 'School Name', 'Grade', 'Year'], false],
    ['a column more', ['DBN', 'School Name', 'Grade', 'Year', '% Level 3+4', '% Level 4'], false],
    ['a renamed column', ['DBN', 'School', 'Grade', 'Year', '% Level 3+4'], false],
  ])('%s: same layout %s', (_case, headers, same) => {
    expect(layoutFingerprint(headers) === nyc).toBe(same);
  });

  it('keeps the header words readable (the server stores it)', () => {
    expect(nyc).toBe('% level 3+4|dbn|grade|school name|year');
  });
});
