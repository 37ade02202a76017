import { z } from 'zod';
import type { FieldIssue } from './field-issues.js';

/**
 * PostgreSQL cannot store a NUL character in text or jsonb, and a lone UTF-16 surrogate is not a
 * character at all (jsonb refuses its escape; UTF-8 encoding silently turns it into U+FFFD). Both
 * used to reach the database and come back as a 500, so every text that may be stored is checked
 * here first and refused as a 400 that names its field.
 */
// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const unstorableTextMessage = 'must not contain NUL characters or unpaired surrogates';
export const unstorableTextIssue: FieldIssue = { code: 'invalid_characters' };

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A string schema that refuses what the database cannot store; zod 4 keeps the type, so .max() still chains. */
export function storable<T extends z.ZodString>(schema: T): T {
  return schema.refine(isStorableText, { message: unstorableTextMessage, params: { issue: 'invalid_characters' } });
}

/** Any JSON value (an `extensions` object, a record) whose keys and strings, at any depth, can be stored. */
export const storableJson = z.unknown().superRefine((value, ctx) => {
  const path = findUnstorableText(value);
  if (path !== null) ctx.addIssue({ code: 'custom', message: unstorableTextMessage, path: pointerParts(path), params: { issue: 'invalid_characters' } });
});

// Deeper than any real document; past it a value is not walked (the body limit bounds the work anyway).
const MAX_DEPTH = 256;

/**
 * The JSON pointer ("/plan/goals/0/title", "" for the value itself) of the first string or object
 * key that cannot be stored, or null. A bad key is named by its parent's path plus the key as sent.
 */
export function findUnstorableText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  // An uploaded file's bytes are not text; walking a megabyte of indices would only cost time.
  if (ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}/${i}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${escapePointer(key)}`;
    if (!isStorableText(key)) return childPath;
    const found = findUnstorableText(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerParts(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
