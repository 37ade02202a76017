import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isValidVoteValue, voteValueWords } from '../../../core/engagement/conversations/conversation-format.js';
import { AppError, invalidInput } from '../../errors.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { participantOfRef } from './participant-ref.js';
import { participationLimits, type ParticipationLimits } from './participation-limits.js';
import { findTakingPart } from './read-public-conversation.js';

/**
 * One vote (vote mode: agree 1, disagree -1, pass 0) or rating (rate mode: 1 to 5) of a shown
 * statement. A later vote on the same statement replaces the earlier one, so sending it again is
 * harmless (created: false). Fast like survey ingest: the conversation is remembered between
 * votes, the participant is known from the signed ref, and the vote is one statement that also
 * checks the statement is this conversation's and shown.
 *
 * Refused with 400 naming the field (/participant, /value, /statement); 429 past the per-address
 * limit; 404/410 for a conversation not taking part. No audit event, like a survey response.
 */
export async function castVote(options: {
  db: Kysely<DB>;
  code: string;
  participant: string;
  statement: string;
  value: number;
  client: { address: string };
  secret: string;
  limits?: ParticipationLimits;
  now?: Date;
}): Promise<{ created: boolean }> {
  const { db, secret } = options;
  const conversation = await findTakingPart({ db, code: options.code, now: options.now });
  const { conversationId } = conversation;
  const participantId = participantOfRef({ secret, conversationId, ref: options.participant });
  if (participantId === null) throw invalidInput('/participant', 'is not a participant of this conversation; join it again', { code: 'invalid' });
  if (!isValidVoteValue(conversation.mode, options.value)) throw invalidInput('/value', voteValueWords(conversation.mode), { code: 'invalid_choice' });
  const limits = options.limits ?? participationLimits;
  if (!limits.votes.take({ secret, surveyId: conversationId, address: options.client.address, now: options.now?.getTime() })) {
    throw new AppError('rate_limited', 'Too many votes from this address for now; try again in an hour');
  }
  const cast = await conversationParticipationRepo.castVote(db, { conversationId, statementId: options.statement, participantId, value: options.value });
  if (cast === null) throw invalidInput('/statement', 'is not a statement of this conversation open to votes (it may be waiting for a moderator, or hidden)', { code: 'does_not_exist' });
  return cast;
}
