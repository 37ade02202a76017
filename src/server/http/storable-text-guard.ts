import type { FastifyInstance } from 'fastify';
import { findUnstorableText, unstorableTextIssue, unstorableTextMessage } from '../../core/platform/storable-text.js';
import { AppError } from '../errors.js';

/**
 * The net under the schemas' own text rule (core/platform/storable-text.ts): hundreds of string
 * fields, record keys and free-form JSON values reach the database, and one left unrefined used
 * to answer 500. Before any route's schema runs, every string and key of the body, query and path
 * is checked and the first that PostgreSQL could not store is refused, named by its JSON pointer
 * as the schema errors are ("/title", "query/q"). Registered after the checkpoint, so a caller who
 * may not reach a route still learns nothing of it.
 */
export function installStorableTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts: Array<[prefix: string, value: unknown]> = [
      ['', request.body],
      ['query', request.query],
      ['params', request.params],
    ];
    for (const [prefix, value] of parts) {
      const found = findUnstorableText(value);
      if (found === null) continue;
      const path = prefix ? `${prefix}${found}` : found || '/';
      throw new AppError('invalid_input', `Some fields are not valid: ${path}`, [{ path, message: unstorableTextMessage, ...unstorableTextIssue }]);
    }
  });
}
