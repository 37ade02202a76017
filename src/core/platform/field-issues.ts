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
  'invalid_date',
  'does_not_exist',
  'already_used',
  'already_a_member',
  'unknown_field',
  'not_changed_here',
  'nothing_to_change',
  'not_themselves',
  'not_a_reviewer',
  'not_a_coach',
  'not_in_this_network',
  'is_a_network',
  'not_on_committee',
  'planners_only',
  'needs_approval',
  'member_or_name_required',
  'name_taken',
  'name_taken_retired',
  'wrong_place',
  'inside_itself',
  'role_owns_nothing',
  'only_when_adopting',
  'not_with_discard',
  'not_adopted',
  'only_when_done',
  'no_alternatives',
  'no_optional_paths',
  'unknown_merge_fields',
  'merge_field_needed',
  'email_invitation_only',
  'no_contacts',
  'unknown_period',
  'not_a_school_year',
  'year_not_ended',
  'already_closed',
  'not_a_reporting_period',
  'not_a_listed_student_group',
  'no_reporting_periods',
  'correction_note_required',
  'value_or_narrative_required',
  'status_or_narrative_required',
  'actions_only',
  'measures_only',
  'file_required',
  'file_too_large',
  'unsupported_file_type',
  'file_type_mismatch',
  'unreadable_workbook',
  'one_district_row',
  'not_this_district',
  'unknown_person',
  'refused_by_database',
  'replace_to_overwrite',
  'invalid_characters',
  'missing_translation',
  'too_quick',
  'not_asked',
  'not_on_scale',
  'not_an_earlier_question',
  'page_out_of_order',
  'language_not_listed',
  'not_for_question_type',
  'min_above_max',
  'not_whole_number',
  'expired',
  'other_email',
  'mail_not_configured',
  'before_opening',
  'in_the_past',
  'needs_element',
  'unknown_element',
  'not_in_text',
  'unknown_role',
  'unknown_school',
  'email_needed',
  'not_changed_since_draft',
  'work_is_empty',
] as const;

export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export function isFieldIssueCode(value: unknown): value is FieldIssueCode {
  return typeof value === 'string' && (fieldIssueCodes as readonly string[]).includes(value);
}

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
    case 'custom': {
      // A refinement names its own issue and the words it needs:
      // .refine(check, { message, params: { issue: 'invalid_date' } }), params: { issue: 'one_district_row', count: 2 }.
      const { issue: code, ...words } = (params.params ?? {}) as Record<string, unknown>;
      if (!isFieldIssueCode(code)) return { code: 'invalid' };
      const kept = Object.entries(words).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
      return kept.length ? { code, params: Object.fromEntries(kept) } : { code };
    }
    default:
      return { code: 'invalid' };
  }
}
