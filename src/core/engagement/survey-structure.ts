import type { SurveyDocument } from './survey-format.js';

/**
 * What an open survey may not change: everything but its words. Responses already in were given
 * to these questions, options and rules; a changed key, type, option, scale, requirement or
 * condition would make them mean something else, while a corrected typo or a better translation
 * does not. Languages may be added (with every text translated), never removed: responses carry
 * their language.
 */
const TEXT_FIELDS = new Set(['title', 'intro', 'thank_you', 'text', 'help']);

/** The document without its texts, languages and extensions: what answers depend on. */
function structureOf(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => structureOf(item));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([name]) => !TEXT_FIELDS.has(name) && !(key === undefined && (name === 'languages' || name === 'extensions')))
      .map(([name, inner]) => [name, structureOf(inner, name)] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value;
}

/** The first JSON pointer at which two structures differ, or null when they are the same. */
function firstDifference(before: unknown, after: unknown, path: string): string | null {
  if (before === after) return null;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null || Array.isArray(before) !== Array.isArray(after)) return path;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const found = firstDifference((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}/${key}`);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Where `after` changes more than the words of `before`: the JSON pointer of the first such change
 * (a removed language is reported at /languages), or null when only texts changed.
 */
export function structuralChange(before: SurveyDocument, after: SurveyDocument): string | null {
  if (before.languages.some((language) => !after.languages.includes(language))) return '/languages';
  return firstDifference(structureOf(before), structureOf(after), '');
}
