import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { retreatsRepo, type RetreatRow } from './retreats.repo.js';

/** What the team's use-cases are given: the database, who acts, and the district the checkpoint found. */
export interface RetreatScope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  retreatId: string;
}

/** The retreat of the district, locked for the transaction when asked; 404 when it has none. */
export async function findRetreat(db: Kysely<DB> | Transaction<DB>, organizationId: string, retreatId: string, options: { lock?: boolean } = {}): Promise<RetreatRow> {
  const retreat = await retreatsRepo.find(db, organizationId, retreatId, options);
  if (!retreat) throw notFound('Retreat');
  return retreat;
}

/** A closed retreat's board is read-only for everyone in the room: said in plain words. */
export function refuseWhenClosed(retreat: RetreatRow) {
  if (retreat.status === 'closed') throw new AppError('forbidden', 'This retreat has closed: its board can still be read, but it takes no more observations, items or dots');
}

/** 409 with the current record when someone saved since the version sent. */
export function staleError(what: string, current: unknown) {
  return new AppError('conflict', `Someone changed this ${what} meanwhile; review it and try again`, [], { current });
}
