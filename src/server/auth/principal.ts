import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors.js';
import { authRepo } from './auth.repo.js';
import { hashToken } from './secrets.js';

export const SESSION_COOKIE = 'waymark_session';

export interface Principal {
  user: { id: string; email: string; name: string; locale: 'en' | 'es'; isOperator: boolean };
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  tokenId: string | null;
}

/** Who is calling: a bearer API token wins over the session cookie; neither means anonymous. */
export async function resolvePrincipal(request: FastifyRequest, db: Kysely<DB>, secret: string): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <token>"');
    const row = await authRepo.findApiToken(db, hashToken(secret, match[1]));
    if (!row) throw new AppError('unauthenticated', 'The API token is not valid or has been revoked');
    return {
      user: { id: row.id, email: row.email, name: row.name, locale: row.locale, isOperator: row.is_operator },
      via: 'token',
      sessionId: null,
      csrfToken: null,
      tokenId: row.token_id,
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const sessionId = hashToken(secret, cookie);
  const row = await authRepo.findSession(db, sessionId);
  if (!row) return null;
  return {
    user: { id: row.id, email: row.email, name: row.name, locale: row.locale, isOperator: row.is_operator },
    via: 'session',
    sessionId,
    csrfToken: row.csrf_token,
    tokenId: null,
  };
}
