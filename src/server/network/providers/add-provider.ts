import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { inviteMember } from '../../platform/invitations/invite-member.js';
import { createOrganization } from '../../platform/organizations/create-organization.js';
import { providersRepo } from './providers.repo.js';

/**
 * A network vets a technical-assistance provider: an organisation of its own (a network-kind
 * organisation, like a consultancy), whose lead is invited as its administrator and then adds the
 * provider's coaches. The network matches it to districts of its cohorts; it reaches only those.
 */
export async function addProvider(options: { ctx: AppContext; actor: Actor; inviterName: string; networkId: string; values: { name: string; services?: string; leadEmail: string } }) {
  const { ctx, actor, networkId, values } = options;
  const provider = await inTransaction(ctx.db, async (trx) => {
    const organization = await createOrganization({ trx, actor, name: values.name, kind: 'network' });
    const row = await providersRepo.insert(trx, { networkId, providerId: organization.id, services: values.services ?? '', createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'network.provider_added', entityType: 'organization', entityId: organization.id, after: { name: organization.name, services: row.services } });
    return { provider_id: organization.id, name: organization.name, services: row.services, created_at: row.created_at, district_count: '0' };
  });
  await inviteMember({ ctx, actor, inviterName: options.inviterName, organizationId: provider.provider_id, email: values.leadEmail, role: 'network_admin' });
  return provider;
}
