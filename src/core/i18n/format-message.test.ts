import { describe, expect, it } from 'vitest';
import { formatMessage, interpolate, matchLocale } from './format-message.js';

describe('interpolate', () => {
  it.each([
    ['Hello {name}', { name: 'Ana' }, 'Hello Ana'],
    ['{count} of {total}', { count: 3, total: 7 }, '3 of 7'],
    ['Missing {name}', {}, 'Missing {name}'],
    ['No placeholders', { name: 'x' }, 'No placeholders'],
  ])('%s -> %s', (template, vars, expected) => expect(interpolate(template, vars)).toBe(expected));
});

describe('formatMessage plural forms', () => {
  const message = { one: '{count} change', other: '{count} changes' };
  it.each([
    ['en', 1, '1 change'],
    ['en', 0, '0 changes'],
    ['en', 2, '2 changes'],
    ['es', 1, '1 change'],
    ['es', 5, '5 changes'],
  ] as const)('%s with %d -> %s', (locale, count, expected) => expect(formatMessage(locale, message, { count })).toBe(expected));
});

describe('matchLocale', () => {
  it.each([
    [['es-MX', 'en-US'], 'es'],
    [['fr-FR', 'es'], 'es'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j -> %s', (tags, expected) => expect(matchLocale(tags)).toBe(expected));
});
