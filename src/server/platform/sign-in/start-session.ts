import type { FastifyReply } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../config.js';
import type { DB } from '../../db/schema.js';
import { authRepo } from '../../auth/auth.repo.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { hashToken, newSecretToken } from '../../auth/secrets.js';

/** Opens a database session for a user and sets its cookie: HttpOnly, SameSite=Lax, Secure on https. */
export async function startSession(options: {
  db: Kysely<DB> | Transaction<DB>;
  config: Config;
  reply: FastifyReply;
  userId: string;
  userAgent: string | undefined;
}) {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  await authRepo.createSession(options.db, {
    id: hashToken(options.config.sessionSecret, token),
    userId: options.userId,
    csrfToken,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  options.reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.config.publicUrl.startsWith('https://'),
    path: '/',
    maxAge: 14 * 24 * 3600,
  });
  return { csrfToken };
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
