import type { FieldIssueCode } from '../platform/field-issues.js';

/**
 * One thing wrong with a survey document or a set of answers: where (a JSON pointer such as
 * "/questions/2/options" or "/answers/q3"), a stable code the web says in the reader's language,
 * English words for API clients and logs, and the values those words need.
 */
export interface SurveyProblem {
  path: string;
  code: FieldIssueCode;
  message: string;
  params?: Record<string, string | number>;
}

/** A JSON pointer from path parts: "~" and "/" inside a part are escaped as RFC 6901 says. */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function problem(path: string, code: FieldIssueCode, message: string, params?: Record<string, string | number>): SurveyProblem {
  return params ? { path, code, message, params } : { path, code, message };
}
