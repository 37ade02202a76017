import type { Locale } from '../../../core/i18n/format-message.js';
import { draftWord, type DraftWordKey } from './draft-page-messages.js';
import type { CommentFields, FormField } from './render-comment-form.js';

const fieldsByPath: Record<string, FormField> = { '/body': 'body', '/email': 'email', '/quote': 'quote', '/element_key': 'quote', '/name': 'name', '/role': 'role', '/school_id': 'school_id' };

/**
 * What the API refused, said in the page's words under each field of the form without a script
 * (the page's script says the same in the browser): an empty comment or email is "write it", a
 * filled one that was refused is "check it". A refusal of no field of the form (the form token,
 * the submission id) is a notice above the button.
 */
export function commentProblems(details: readonly { path: string; code?: string }[], fields: CommentFields, locale: Locale): { problems: Map<FormField, string>; notice?: DraftWordKey } {
  const problems = new Map<FormField, string>();
  let notice: DraftWordKey | undefined;
  for (const detail of details) {
    if (detail.path === '/form_token') {
      notice = detail.code === 'too_quick' ? 'tooQuick' : 'formProblem';
      continue;
    }
    const field = fieldsByPath[detail.path];
    if (!field) {
      notice ??= 'formProblem';
      continue;
    }
    const filled = Boolean(fields[field]?.trim());
    const key: DraftWordKey =
      field === 'body' ? (filled ? 'problem.body.too_long' : 'problem.body.required') : field === 'email' ? (filled ? 'problem.email.invalid' : 'problem.email.required') : detail.path === '/element_key' ? 'problem.element_key.invalid' : `problem.${field}.invalid`;
    if (!problems.has(field)) problems.set(field, draftWord(locale, key));
  }
  return { problems, ...(notice ? { notice } : {}) };
}
