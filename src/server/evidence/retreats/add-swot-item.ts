import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { checkArea, checkCitations } from './check-retreat-inputs.js';
import { participantIdOf, type Contributor } from './retreat-contributor.js';
import { findRetreat, refuseWhenClosed } from './retreat-scope.js';
import type { SwotValues } from './swot.schema.js';
import { swotRepo } from './swot.repo.js';

/**
 * An item on the SWOT board, at the end of its quadrant, by someone in the room. Its own record: no
 * audit row. 403 once the retreat has closed; 400 naming /area or /citations/N/... when they are
 * not this retreat's.
 */
export async function addSwotItem(options: { db: Kysely<DB>; organizationId: string; retreatId: string; contributor: Contributor; values: SwotValues }) {
  const { db, organizationId, retreatId, contributor, values } = options;
  return inTransaction(db, async (trx) => {
    // Locked: two items added at once to one quadrant take two positions.
    const retreat = await findRetreat(trx, organizationId, retreatId, { lock: true });
    refuseWhenClosed(retreat);
    checkArea(retreat.frame, values.area);
    const citations = values.citations ?? [];
    await checkCitations(trx, retreatId, citations);
    const participantId = await participantIdOf(trx, retreat, contributor);
    return swotRepo.insert(trx, {
      retreatId,
      organizationId,
      quadrant: values.quadrant,
      text: values.text,
      area: values.area ?? null,
      citations,
      position: await swotRepo.nextPosition(trx, retreatId, values.quadrant),
      participantId,
    });
  });
}
