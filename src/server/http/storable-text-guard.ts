import type { FastifyInstance } from 'fastify';
import { findUnstorableText, unstorableTextIssue, unstorableTextMessage } from '../../core/platform/storable-text.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's handler refuses, naming its field, every text it stores that the database could
     * not (survey ingest: checkAnswers), so the walk below is left out for its busiest route.
     */
    checksStorableText?: true;
  }
}

/**
 * The net under the schemas' own text rule (core/platform/storable-text.ts): hundreds of string
 * fields, record keys and free-form JSON values reach the database, and one left unrefined used
 * to answer 500. Before any route's schema runs, every string and key of the body, query and path
 * is checked and the first that PostgreSQL could not store is refused, named by its JSON pointer
 * as the schema errors are ("/title", "query/q"). Registered after the checkpoint, so a caller who
 * may not reach a route still learns nothing of it.
 */
export function installStorableTextGuard(app: FastifyInstance) {
  // A callback hook: nothing here waits, so no promise is made for every request.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.routeOptions.config.checksStorableText) return done();
    const parts: Array<[prefix: string, value: unknown]> = [
      ['', request.body],
      ['query', request.query],
      ['params', request.params],
    ];
    for (const [prefix, value] of parts) {
      const found = findUnstorableText(value);
      if (found === null) continue;
      const path = prefix ? `${prefix}${found}` : found || '/';
      return done(new AppError('invalid_input', `Some fields are not valid: ${path}`, [{ path, message: unstorableTextMessage, ...unstorableTextIssue }]));
    }
    done();
  });
}
