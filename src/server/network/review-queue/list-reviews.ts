import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictsReachedThrough } from '../../platform/partners/list-district-partners.js';
import { listDeliverableSignOffs } from '../../process/cycles/list-deliverable-sign-offs.js';

/** The latest sign-offs in the districts the caller reaches through this organisation, by anyone: the review history kept. */
export async function listReviews(options: { db: Kysely<DB>; networkId: string; userId: string; role: string; limit?: number }) {
  const { db, networkId, userId, role } = options;
  const districtIds = await listDistrictsReachedThrough({ db, organizationId: networkId, userId, role });
  return listDeliverableSignOffs({ db, districtIds, limit: options.limit ?? 100 });
}
