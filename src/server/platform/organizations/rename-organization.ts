import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from './organizations.repo.js';
import { presentOrganization } from './organizations.present.js';

/** Renames an organization; refused with 409 when someone changed it since the caller read it. */
export function renameOrganization(options: { db: Kysely<DB>; actor: Actor; organizationId: string; name: string; version: number }) {
  const { db, actor, organizationId, name, version } = options;
  return inTransaction(db, async (trx) => {
    const before = await organizationsRepo.findById(trx, organizationId);
    if (!before) throw notFound('Organization');
    const after = await organizationsRepo.updateName(trx, organizationId, name, version);
    if (!after) {
      throw new AppError('conflict', 'Someone else changed this organization; review the latest version and try again', [], {
        current: presentOrganization(before),
      });
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'organization.renamed',
      entityType: 'organization',
      entityId: organizationId,
      before: { name: before.name },
      after: { name: after.name },
    });
    return after;
  });
}
