import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The providers a network has vetted (network_providers). */
export const providersRepo = {
  /** With how many of the network's districts each is matched to. */
  list(db: Executor, networkId: string) {
    return db
      .selectFrom('network_providers')
      .innerJoin('organizations', 'organizations.id', 'network_providers.provider_id')
      .select(['network_providers.provider_id', 'network_providers.services', 'network_providers.created_at', 'organizations.name'])
      .select((eb) =>
        eb
          .selectFrom('district_partners')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .whereRef('district_partners.partner_id', '=', 'network_providers.provider_id')
          .where('district_partners.network_id', '=', networkId)
          .as('district_count'),
      )
      .where('network_providers.organization_id', '=', networkId)
      .orderBy('organizations.name')
      .execute();
  },

  find(db: Executor, networkId: string, providerId: string) {
    return db.selectFrom('network_providers').selectAll().where('organization_id', '=', networkId).where('provider_id', '=', providerId).executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { networkId: string; providerId: string; services: string; createdBy: string | null }) {
    return trx.insertInto('network_providers').values({ organization_id: values.networkId, provider_id: values.providerId, services: values.services, created_by: values.createdBy }).returningAll().executeTakeFirstOrThrow();
  },
};

export type ProviderRow = Awaited<ReturnType<typeof providersRepo.list>>[number];
