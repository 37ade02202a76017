import { describe, expect, it } from 'vitest';
import { protocolLibrary, libraryProtocol } from './protocol-library.js';
import { plannedMinutes, protocolSchema, protocolText } from './protocol-format.js';

describe('the shipped protocol library', () => {
  it('holds the community vision, family, student, staff and draft-plan protocols', () => {
    expect(protocolLibrary.map((entry) => entry.key)).toEqual(['community-vision', 'family', 'students', 'staff', 'draft-plan']);
    expect(libraryProtocol('family')?.protocol.constituency).toBe('families');
    expect(libraryProtocol('nope')).toBeUndefined();
  });

  it.each(protocolLibrary.map((entry) => [entry.key, entry] as const))('%s is a valid protocol, every text in English and Spanish', (_, entry) => {
    expect(protocolSchema.safeParse(entry.protocol).success).toBe(true);
    const texts = [entry.protocol.title, entry.protocol.purpose, ...entry.protocol.questions.flatMap((question) => [question.text, ...question.probes])];
    for (const text of texts) {
      expect(text.en?.length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(text.es?.length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(text.es).not.toBe(text.en);
    }
    // An hour to an hour and a half: what a focus group can hold.
    expect(plannedMinutes(entry.protocol)).toBeGreaterThanOrEqual(55);
    expect(plannedMinutes(entry.protocol)).toBeLessThanOrEqual(95);
    expect(entry.frameworks.length).toBeGreaterThan(0);
  });

  it('runs Louisiana focus groups in phases 1 and 4', () => {
    const louisiana = protocolLibrary.filter((entry) => entry.frameworks.includes('louisiana')).map((entry) => entry.when.en);
    expect(louisiana.some((when) => when.includes('phase 1'))).toBe(true);
    expect(louisiana.some((when) => when.includes('phase 4'))).toBe(true);
  });
});

describe('protocol texts and checks', () => {
  it.each([
    [{ en: 'Hello', es: 'Hola' }, 'es', 'Hola'],
    [{ en: 'Hello' }, 'es', 'Hello'],
    [{ es: 'Hola' }, 'vi', 'Hola'],
    [{ en: '', es: 'Hola' }, 'en', 'Hola'],
  ])('%j in %s reads %j', (text, language, expected) => {
    expect(protocolText(text, language)).toBe(expected);
  });

  it('names a repeated question key and an empty text by path', () => {
    const question = { key: 'q', text: { en: 'Why?' }, probes: [], minutes: 5 };
    const result = protocolSchema.safeParse({ title: { en: ' ' }, purpose: { en: 'x' }, constituency: 'families', languages: ['en'], questions: [question, question] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('/')).sort()).toEqual(['questions/1/key', 'title']);
  });
});
