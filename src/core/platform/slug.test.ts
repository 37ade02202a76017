import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Cedar Valley USD', 'cedar-valley-usd'],
    ['  Distrito Escolar de Peñasco  ', 'distrito-escolar-de-penasco'],
    ["St. Mary's Parish Schools", 'st-mary-s-parish-schools'],
    ['!!!', 'organization'],
  ])('%s -> %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('keeps slugs short', () => expect(slugify('a'.repeat(100)).length).toBe(60));
});

describe('uniqueSlug', () => {
  it('returns the base when free', () => expect(uniqueSlug('x', new Set())).toBe('x'));
  it('numbers the next free one', () => expect(uniqueSlug('x', new Set(['x', 'x-2']))).toBe('x-3'));
});
