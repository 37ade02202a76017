import { fieldIssueOf, type FieldIssue, type FieldIssueCode } from '../core/platform/field-issues.js';

/**
 * The one error type. Use-cases throw it with a stable code; the HTTP layer maps the code to a
 * status in one place (httpStatusFor) and renders the one error shape.
 */
export const errorStatus = {
  invalid_input: 400,
  invalid_plan: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  last_administrator: 409,
  already_exists: 409,
  setup_done: 409,
  plan_not_editable: 409,
  // Was here and is no more: a survey that has closed.
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  path: string;
  message: string;
  /** What is wrong as a stable code the interface translates; the message stays the API's English. */
  code?: FieldIssueCode;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra fields for the body, e.g. the current version of a stale record. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function httpStatusFor(code: ErrorCode): number {
  return errorStatus[code];
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do this') => new AppError('forbidden', message);
/** One field refused; `issue` lets the interface say why in the reader's language. */
export const invalidInput = (path: string, message: string, issue?: FieldIssue) =>
  new AppError('invalid_input', message, [{ path, message, ...issue }]);

/**
 * A zod issue found by a use-case (not by the route's schema) as one error detail at `path`: its
 * English words, and the field issue it stands for so the interface can say it in the reader's language.
 */
export function detailOfIssue(path: string, issue: { code: string; message: string; path?: unknown; input?: unknown }, message = issue.message): ErrorDetail {
  const { code, message: _message, path: _path, input: _input, ...params } = issue;
  return { path, message, ...fieldIssueOf({ code, message: issue.message, params }) };
}
