import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { OrganizationKind } from '../tables.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from './organizations.repo.js';

/** Creates a district or a network (inside the caller's transaction), with its audit event. */
export async function createOrganization(options: {
  trx: Transaction<DB>;
  actor: Actor;
  name: string;
  kind: OrganizationKind;
  networkId?: string | null;
  isDemo?: boolean;
}) {
  const { trx, actor, name, kind, networkId } = options;
  if (networkId) {
    const network = await organizationsRepo.findById(trx, networkId);
    if (!network || network.kind !== 'network') throw new AppError('invalid_input', 'The network does not exist', [{ path: '/networkId', message: 'is not a network', code: 'invalid_choice' }]);
    if (kind !== 'district') throw new AppError('invalid_input', 'Only districts can belong to a network', [{ path: '/kind', message: 'must be district', code: 'invalid_choice' }]);
  }
  const organization = await organizationsRepo.insert(trx, { name, kind, networkId, isDemo: options.isDemo });
  await recordAuditEvent(trx, actor, {
    organizationId: organization.id,
    action: 'organization.created',
    entityType: 'organization',
    entityId: organization.id,
    after: { name: organization.name, kind: organization.kind, slug: organization.slug, networkId: organization.network_id },
  });
  if (networkId) {
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'network.district_added',
      entityType: 'organization',
      entityId: organization.id,
      after: { name: organization.name, slug: organization.slug },
    });
  }
  return organization;
}
