/**
 * The one way the web application talks to the server: JSON over fetch with the session cookie,
 * the CSRF token on every write, and failures turned into ApiError so forms can place each
 * field's message next to that field.
 */

export interface ApiErrorDetail {
  /** A JSON pointer into the request body, such as "/email". */
  path: string;
  /** The server's English words, for API users; the interface says `code` in the reader's language. */
  message: string;
  /** What is wrong, stable across languages: 'required', 'too_long', ... (src/core/i18n/field-issues.ts). */
  code?: string;
  /** The numbers and names the message needs, such as { maximum: 200 }. */
  params?: Record<string, string | number>;
}

export type ApiErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'last_administrator'
  | 'already_exists'
  | 'setup_done'
  | 'payload_too_large'
  | 'rate_limited'
  | 'network_error'
  | 'internal'
  | (string & {});

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ApiErrorDetail[];
  /** The whole error object, for extras such as the latest record sent with a 409 conflict. */
  readonly body: Record<string, unknown>;

  constructor(status: number, code: ApiErrorCode, message: string, details: ApiErrorDetail[] = [], body: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.body = body;
  }

  /** Whatever a request threw, as an ApiError: a network failure or a bug becomes `internal`. */
  static from(cause: unknown): ApiError {
    return cause instanceof ApiError ? cause : new ApiError(0, 'internal', String(cause));
  }

  /** Field messages keyed by the first segment of each detail's pointer ("/email" → "email"). */
  get fieldErrors(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const detail of this.details) {
      const field = fieldNameOf(detail.path);
      if (field && !(field in fields)) fields[field] = describeFieldIssue(detail);
    }
    return fields;
  }
}

function fieldNameOf(pointer: string): string | null {
  if (!pointer.startsWith('/')) return null;
  const first = pointer.slice(1).split('/')[0];
  return first ? first.replace(/~1/g, '/').replace(/~0/g, '~') : null;
}

let csrfToken: string | null = null;
let readerLanguage = 'en';
let describeFieldIssue: (detail: ApiErrorDetail) => string = (detail) => detail.message;
let onUnauthenticated: (() => void) | null = null;

/** The session provider hands over the token of the current session (null when signed out). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The I18nProvider hands over the page's language; the server answers its product texts (templates) in it. */
export function setRequestLanguage(locale: string) {
  readerLanguage = locale;
}

/**
 * The I18nProvider hands over how to say a field's problem in the page's language, so every form
 * that shows `fieldErrors` speaks it without each form translating on its own.
 */
export function setFieldIssueWords(describe: (detail: ApiErrorDetail) => string) {
  describeFieldIssue = describe;
}

/** One detail of a refusal as the reader reads it. */
export function fieldIssueMessage(detail: ApiErrorDetail): string {
  return describeFieldIssue(detail);
}

/** Called when a signed-in request comes back 401: the session ended (expired, or signed out elsewhere). */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

/** Requests where 401 is an expected answer, not a sign that the session ended. */
const authPaths = ['/api/auth/session', '/api/auth/sign-in', '/api/account/password', '/api/invitations/'];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': readerLanguage };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  if (response.status === 401 && csrfToken && !authPaths.some((prefix) => path.startsWith(prefix))) onUnauthenticated?.();
  throw toApiError(response.status, payload);
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error !== 'object') {
    return new ApiError(status, status >= 500 ? 'internal' : 'invalid_input', `The server answered ${status}`);
  }
  const details = Array.isArray(error.details) ? (error.details as ApiErrorDetail[]) : [];
  return new ApiError(status, String(error.code ?? 'internal'), String(error.message ?? ''), details, error);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** Builds a query string from the values that are set, so filters stay out of the URL until used. */
export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
