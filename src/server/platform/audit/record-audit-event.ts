import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from './actor.js';
import { auditRepo, type AuditEntry } from './audit.repo.js';

export type { AuditEntry } from './audit.repo.js';

/**
 * Records what a write did, inside that write's transaction, so the change and its audit row stand
 * or fall together. Every domain's use-cases call this; the audit log's repository stays the
 * platform's own.
 */
export function recordAuditEvent(trx: Transaction<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  return auditRepo.record(trx, actor, entry);
}
