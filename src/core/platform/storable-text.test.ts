import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUnstorableText, isStorableText, storable, storableJson } from './storable-text.js';
import { fieldIssueOf } from './field-issues.js';

describe('storable text', () => {
  it('refuses a NUL and lone surrogates, keeps paired surrogates (emoji) and ordinary text', () => {
    expect(isStorableText('Plan 2026 — año')).toBe(true);
    expect(isStorableText('cheers 🎉')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\uD800')).toBe(false);
    expect(isStorableText('x\uDC00')).toBe(false);
    expect(isStorableText('\uDC00\uD800')).toBe(false);
  });

  it('names the first bad string or key by its JSON pointer', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'no\u0000' }] })).toBe('/a/1/c');
    expect(findUnstorableText({ ext: { 'k/\uD800': 1 } })).toBe('/ext/k~1\uD800');
    expect(findUnstorableText('\u0000')).toBe('');
    expect(findUnstorableText({ fine: ['yes', 1, null, true] })).toBeNull();
  });

  it('gives zod schemas an issue the interface translates, at the bad path', () => {
    const result = storable(z.string().max(10)).safeParse('\u0000');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(fieldIssueOf({ code: issue.code, params: issue as unknown as Record<string, unknown> })).toEqual({ code: 'invalid_characters' });
    const nested = storableJson.safeParse({ deep: { list: ['\uDBFF'] } });
    expect(nested.error?.issues[0]?.path).toEqual(['deep', 'list', '0']);
  });
});
