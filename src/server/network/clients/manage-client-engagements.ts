import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { listDistrictsReachedThrough } from '../../platform/partners/list-district-partners.js';
import type { ClientValues } from './clients.schema.js';
import { clientsRepo } from './clients.repo.js';

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string };

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw invalidInput('/endsOn', 'must not be before the start', { code: 'too_small' });
}

/**
 * A consultancy records its work for a client district: the scope of work month by month and the
 * hours bought. The district must be one it reaches (its own, or matched to it as a provider).
 */
export function addClientEngagement(options: Scope & { userId: string; values: ClientValues }) {
  const { db, actor, networkId, values } = options;
  checkDates(values.startsOn, values.endsOn);
  return inTransaction(db, async (trx) => {
    const reached = await listDistrictsReachedThrough({ db: trx, organizationId: networkId, userId: options.userId, role: 'network_admin' });
    if (!reached.includes(values.districtId)) throw invalidInput('/districtId', 'is not a district of this network', { code: 'not_in_this_network' });
    const { id } = await clientsRepo.insert(trx, { networkId, districtId: values.districtId, title: values.title, startsOn: values.startsOn, endsOn: values.endsOn, hoursPurchased: values.hoursPurchased, scope: values.scope ?? [], createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'client.engagement_added', entityType: 'client_engagement', entityId: id, after: { districtId: values.districtId, title: values.title, hoursPurchased: values.hoursPurchased } });
    return id;
  });
}

/** Changes the scope, the dates or the hours bought (more hours bought is a change like any other, audited). */
export function updateClientEngagement(options: Scope & { engagementId: string; values: Partial<Omit<ClientValues, 'districtId'>> & { version: number } }) {
  const { db, actor, networkId, engagementId, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await clientsRepo.lock(trx, networkId, engagementId);
    if (!before) throw notFound('Client engagement');
    checkDates(values.startsOn ?? before.starts_on, values.endsOn ?? before.ends_on);
    const changes = { title: values.title, starts_on: values.startsOn, ends_on: values.endsOn, hours_purchased: values.hoursPurchased, scope: values.scope };
    const updated = await clientsRepo.update(trx, engagementId, values.version, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    if (!updated) throw new AppError('conflict', 'Someone else changed this engagement; reload and try again');
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'client.engagement_updated',
      entityType: 'client_engagement',
      entityId: engagementId,
      before: { title: before.title, hoursPurchased: Number(before.hours_purchased), startsOn: before.starts_on, endsOn: before.ends_on },
      after: { title: values.title ?? before.title, hoursPurchased: values.hoursPurchased ?? Number(before.hours_purchased) },
    });
  });
}
