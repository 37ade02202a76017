import type { Kysely } from 'kysely';
import { decideDots } from '../../../core/evidence/retreat/dot-voting.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { participantIdOf, type Contributor } from './retreat-contributor.js';
import { findRetreat, refuseWhenClosed } from './retreat-scope.js';
import { swotRepo } from './swot.repo.js';

/**
 * Sets how many of the caller's dots an item holds (0 takes them off). The retreat's row is locked
 * for the decision, so two phones of one person (or one phone tapping twice) wait for each other and
 * can never spend more than the allowance together. 400 /dots too_big with the dots left when the
 * choice is over the allowance; 403 once the retreat has closed. A vote is its own record: no audit row.
 */
export async function setSwotDots(options: { db: Kysely<DB>; organizationId: string; retreatId: string; itemId: string; contributor: Contributor; dots: number }) {
  const { db, organizationId, retreatId, itemId, contributor, dots } = options;
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId, { lock: true });
    refuseWhenClosed(retreat);
    if (!(await swotRepo.find(trx, retreatId, itemId))) throw notFound('SWOT item');
    const participantId = await participantIdOf(trx, retreat, contributor);
    const held = await swotRepo.dotsOf(trx, retreatId, participantId);
    const decision = decideDots({ allowance: retreat.dots_per_person, held, itemId, wanted: dots });
    if (!decision.ok) {
      const most = decision.left + (held.get(itemId) ?? 0);
      const message = `is more than you have: ${Math.max(0, decision.left)} dot${decision.left === 1 ? '' : 's'} left of ${retreat.dots_per_person}, so at most ${Math.max(0, most)} on this item`;
      throw new AppError('invalid_input', 'Not enough dots left', [{ path: '/dots', message, code: 'too_big', params: { maximum: Math.max(0, most), left: Math.max(0, decision.left) } }]);
    }
    await swotRepo.setDots(trx, { retreatId, organizationId, itemId, participantId, dots });
    const total = await swotRepo.totalDots(trx, itemId);
    return { item_id: itemId, dots, total, dots_left: decision.left };
  });
}
