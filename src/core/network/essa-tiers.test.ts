import { describe, expect, it } from 'vitest';
import { essaEvidenceText, essaTierWords } from './essa-tiers.js';

describe('ESSA evidence tiers', () => {
  it.each([
    [1, 'en', 'ESSA Tier 1: strong evidence. Smith (2019).'],
    [2, 'en', 'ESSA Tier 2: moderate evidence. Smith (2019).'],
    [3, 'es', 'ESSA Nivel 3: evidencia prometedora. Smith (2019).'],
    [4, 'es', 'ESSA Nivel 4: demuestra una justificación. Smith (2019).'],
  ] as const)('tier %i in %s', (tier, language, expected) => {
    expect(essaEvidenceText(tier, 'Smith (2019).', language)).toBe(expected);
  });

  it('refuses a tier that does not exist', () => {
    expect(() => essaEvidenceText(5, 'x', 'en')).toThrow(RangeError);
    expect(() => essaEvidenceText(0, 'x', 'en')).toThrow(RangeError);
  });

  it('has the same four tiers in both languages', () => {
    expect(Object.keys(essaTierWords.es)).toEqual(Object.keys(essaTierWords.en));
  });
});
