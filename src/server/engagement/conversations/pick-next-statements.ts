import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { leastSeenFirst, pickNextStatement, type StatementTally } from '../../../core/engagement/opinion-groups/index.js';
import { invalidInput } from '../../errors.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { participantOfRef } from './participant-ref.js';
import { findTakingPart } from './read-public-conversation.js';
import { lastExtremities } from './read-opinion-groups.js';
import { loadShownStatements, presentPublicStatement } from './shown-statements.js';

const DEFAULT_COUNT = 5;

/**
 * The next statements to show a participant: never their own, none they have answered. In vote
 * mode drawn by Polis's priority (step 10 of the published method: new statements and those that
 * divide opinion come up sooner, those people pass on sink), with the map of the last opinion
 * groups computed for the conversation; in rate mode the least-seen first, so every idea gathers
 * ratings at the same pace. 400 (query/participant) for a ref that is not this conversation's.
 */
export async function pickNextStatements(options: { db: Kysely<DB>; code: string; participant: string; count?: number; secret: string; now?: Date }) {
  const { db } = options;
  const conversation = await findTakingPart({ db, code: options.code, now: options.now });
  const participantId = participantOfRef({ secret: options.secret, conversationId: conversation.conversationId, ref: options.participant });
  if (participantId === null) throw invalidInput('query/participant', 'is not a participant of this conversation; join it again', { code: 'invalid' });
  const [shown, voted] = await Promise.all([loadShownStatements(db, conversation.conversationId), conversationParticipationRepo.listVotedStatementIds(db, participantId)]);
  const open = shown.filter((statement) => statement.authorParticipantId !== participantId && !voted.has(statement.id));
  const count = Math.min(options.count ?? DEFAULT_COUNT, open.length);
  const byId = new Map(open.map((statement) => [statement.id, statement]));

  let order: string[];
  if (conversation.mode === 'vote') {
    const extremities = (await lastExtremities(conversation.conversationId)) ?? new Map<string, number>();
    const candidates: StatementTally[] = open.map((s) => ({ statement: s.id, agree: s.agree, pass: s.pass, seen: s.seen, extremity: extremities.get(s.id) ?? 0 }));
    const picked = new Set<string>();
    order = [];
    while (order.length < count) {
      // A draw in [0, 1) from the CSPRNG: which statements one sees next must not be predictable.
      const next = pickNextStatement({ candidates, alreadyVoted: picked, draw: randomInt(2 ** 47) / 2 ** 47 });
      if (next === null) break;
      picked.add(next);
      order.push(next);
    }
  } else {
    order = leastSeenFirst({ statements: open.map((s) => ({ statement: s.id, seen: s.seen })), participantKey: participantId }).slice(0, count);
  }
  return { statements: order.map((id) => presentPublicStatement(byId.get(id)!)), remaining: open.length };
}
