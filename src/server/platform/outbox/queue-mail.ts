import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { outboxRepo, type OutgoingMail } from './outbox.repo.js';

export type { OutgoingMail } from './outbox.repo.js';

/**
 * Puts a message in the outbox inside the write that caused it, so a rolled-back invitation sends
 * nothing: `held` stays there for people to read (no mail server), `pending` is sent by the job
 * queue after the commit. Returns the message's id.
 */
export function queueMail(trx: Transaction<DB>, mail: OutgoingMail, status: 'held' | 'pending'): Promise<string> {
  return outboxRepo.enqueue(trx, mail, status);
}
