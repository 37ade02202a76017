import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssueOf } from './field-issues.js';

// Each case runs a real zod schema, so a zod upgrade that renames a code or a param fails here.
const issueOf = (schema: z.ZodType, value: unknown) => {
  const [issue] = schema.safeParse(value).error!.issues;
  const { code, message, path: _path, ...params } = issue!;
  return fieldIssueOf({ code, message, params });
};

describe('fieldIssueOf', () => {
  it.each<[string, z.ZodType, unknown, unknown]>([
    ['a missing field', z.object({ name: z.string() }), {}, { code: 'required' }],
    ['an empty required text', z.string().trim().min(1), '  ', { code: 'required' }],
    ['a text too short', z.string().min(10), 'short', { code: 'too_short', params: { minimum: 10 } }],
    ['a text too long', z.string().max(3), 'long text', { code: 'too_long', params: { maximum: 3 } }],
    ['a number too small', z.number().min(0), -1, { code: 'too_small', params: { minimum: 0 } }],
    ['a number too big', z.number().max(100), 101, { code: 'too_big', params: { maximum: 100 } }],
    ['a list too long', z.array(z.string()).max(1), ['a', 'b'], { code: 'too_many', params: { maximum: 1 } }],
    ['an email', z.email(), 'not-mail', { code: 'invalid_email' }],
    ['a uuid', z.uuid(), 'x', { code: 'invalid_format' }],
    ['a choice', z.enum(['en', 'es']), 'fr', { code: 'invalid_choice' }],
    ['a wrong type', z.number(), 'seven', { code: 'invalid_type' }],
    ['a refinement naming its issue', z.string().refine(() => false, { message: 'must be a real date', params: { issue: 'invalid_date' } }), '2026-02-30', { code: 'invalid_date' }],
    ['a refinement with words', z.string().refine(() => false, { params: { issue: 'one_district_row', count: 2 } }), 'x', { code: 'one_district_row', params: { count: 2 } }],
    ['a refinement naming no known issue', z.string().refine(() => false, { params: { issue: 'made_up' } }), 'x', { code: 'invalid' }],
    ['a refinement without params', z.string().refine(() => false), 'x', { code: 'invalid' }],
  ])('%s', (_label, schema, value, expected) => {
    expect(issueOf(schema, value)).toEqual(expected);
  });
});
