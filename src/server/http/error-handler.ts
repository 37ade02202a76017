import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldIssueOf } from '../../core/platform/field-issues.js';
import { unstorableTextIssue, unstorableTextMessage } from '../../core/platform/storable-text.js';
import { AppError, httpStatusFor, type ErrorCode, type ErrorDetail } from '../errors.js';

interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] } & Record<string, unknown>;
}

/**
 * One error shape for every failure: {"error": {"code", "message", "details": [{"path", "message", "code", "params"}]}}.
 * Unknown errors are logged and become a bare 500: never a stack trace to the client.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 429 && error instanceof AppError && typeof error.extra.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(error.extra.retryAfterSeconds));
    }
    return reply.status(status).send(body);
  });
}

export function errorBody(code: ErrorCode | string, message: string, details: ErrorDetail[] = [], extra: Record<string, unknown> = {}): ErrorBody {
  return { error: { code, message, details, ...extra } };
}

function toErrorBody(error: FastifyError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const { retryAfterSeconds: _hidden, ...extra } = error.extra;
    return { status: httpStatusFor(error.code), body: errorBody(error.code, error.message, error.details, extra) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: pathOf(part, issue.instancePath),
      message: issue.message ?? 'is not valid',
      ...fieldIssueOf({ code: issue.keyword, message: issue.message, params: issue.params }),
    }));
    return { status: 400, body: errorBody('invalid_input', summarize(details), details) };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: errorBody('payload_too_large', 'The request body is too large') };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type and the like.
    return { status: error.statusCode, body: errorBody('invalid_input', error.message) };
  }
  if (isUnstorableTextError(error)) {
    // The net under the text guard (storable-text-guard.ts), for text that reached the database by
    // another way (an uploaded file): the caller's data, not a server fault, so a 400 on the body.
    const detail = { path: '/', message: unstorableTextMessage, ...unstorableTextIssue };
    return { status: 400, body: errorBody('invalid_input', 'The data holds characters the database cannot store', [detail]) };
  }
  return { status: 500, body: errorBody('internal', 'Something went wrong on the server; the error has been logged') };
}

/** PostgreSQL's refusals of a NUL (22021, 22P05) or of a lone surrogate's escape in jsonb (22P02 naming Unicode). */
function isUnstorableTextError(error: { code?: unknown; message?: unknown; detail?: unknown }): boolean {
  if (error.code === '22021' || error.code === '22P05') return true;
  return error.code === '22P02' && /unicode|surrogate/i.test(`${String(error.message)} ${String(error.detail ?? '')}`);
}

/** Body fields are named by JSON pointer ("/email"); path, query and header fields by their part. */
function pathOf(part: string, instancePath: string): string {
  const pointer = instancePath || '/';
  if (part === 'body') return pointer;
  const partName = part === 'querystring' ? 'query' : part;
  return `${partName}${pointer === '/' ? '' : pointer}`;
}

function summarize(details: ErrorDetail[]): string {
  const fields = [...new Set(details.map((d) => d.path))];
  return `Some fields are not valid: ${fields.join(', ')}`;
}
