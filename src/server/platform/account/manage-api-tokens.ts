import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { hashToken, newSecretToken } from '../../auth/secrets.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { accountRepo } from './account.repo.js';

/** Makes an API token for scripts; the token itself is returned once and only its hash is kept. */
export async function createApiToken(options: { db: Kysely<DB>; secret: string; actor: Actor; userId: string; name: string }) {
  const { db, secret, actor, userId, name } = options;
  const token = newSecretToken('wmk_');
  const row = await inTransaction(db, async (trx) => {
    const row = await accountRepo.insertToken(trx, { userId, name, tokenHash: hashToken(secret, token) });
    await recordAuditEvent(trx, actor, { organizationId: null, action: 'api_token.created', entityType: 'api_token', entityId: row.id, after: { name } });
    return row;
  });
  return { ...row, token };
}

/** Revokes one of the caller's own API tokens. */
export function revokeApiToken(options: { db: Kysely<DB>; actor: Actor; userId: string; tokenId: string }) {
  const { db, actor, userId, tokenId } = options;
  return inTransaction(db, async (trx) => {
    const row = await accountRepo.revokeToken(trx, userId, tokenId);
    if (!row) throw notFound('API token');
    await recordAuditEvent(trx, actor, { organizationId: null, action: 'api_token.revoked', entityType: 'api_token', entityId: row.id, before: { name: row.name } });
  });
}
