/**
 * What can be wrong with one field of a request, as a stable code the API sends beside its English
 * message: the web says the code in the reader's language (fieldIssue.<code> in its catalogue), an
 * API client may read either. Params carry the numbers a message needs ({ maximum: 200 }).
 */
export const fieldIssueCodes = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid_email',
  'invalid_format',
  'invalid_choice',
  'invalid_type',
  'not_a_member',
  'not_in_this_cycle',
  'not_in_this_plan',
  'not_in_template',
  'end_before_start',
  'duplicate',
  'incorrect',
  'invalid',
] as const;

export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export interface FieldIssue {
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

/** The parts of a zod issue that say what went wrong (the validation error's keyword and params). */
export interface SchemaIssue {
  code: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * The field issue a schema check stands for. A string that must have at least one character is
 * "required" to a person filling in a form, whatever zod calls it; a number bound keeps its number.
 */
export function fieldIssueOf(issue: SchemaIssue): FieldIssue {
  const params = issue.params ?? {};
  const origin = params.origin;
  const bound = (name: 'minimum' | 'maximum') => (typeof params[name] === 'number' || typeof params[name] === 'bigint' ? { [name]: Number(params[name]) } : undefined);
  switch (issue.code) {
    case 'invalid_type':
      // Without the input (not echoed back, it may be a password) the message tells a missing field:
      // zod's own words, or the server's plain "is required" (src/server/http/common.schema.ts).
      return /received undefined$|^is required$/.test(issue.message ?? '') ? { code: 'required' } : { code: 'invalid_type' };
    case 'too_small':
      if (origin === 'string') return params.minimum === 1 ? { code: 'required' } : { code: 'too_short', params: bound('minimum') };
      if (origin === 'array' || origin === 'set') return { code: 'too_few', params: bound('minimum') };
      return { code: 'too_small', params: bound('minimum') };
    case 'too_big':
      if (origin === 'string') return { code: 'too_long', params: bound('maximum') };
      if (origin === 'array' || origin === 'set') return { code: 'too_many', params: bound('maximum') };
      return { code: 'too_big', params: bound('maximum') };
    case 'invalid_format':
      return params.format === 'email' ? { code: 'invalid_email' } : { code: 'invalid_format' };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    default:
      return { code: 'invalid' };
  }
}
