import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findSimilarStatements } from '../../../core/engagement/conversations/similar-statements.js';
import { AppError, invalidInput } from '../../errors.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { checkToken } from './join-conversation.js';
import { participantOfRef } from './participant-ref.js';
import { participationLimits, type ParticipationLimits } from './participation-limits.js';
import { findTakingPart } from './read-public-conversation.js';
import { forgetShownStatements, loadShownStatements, presentPublicStatement } from './shown-statements.js';

type Posted = {
  posted: boolean;
  statement: { id: string; status: 'pending' | 'accepted' | 'hidden' } | null;
  similar: Array<ReturnType<typeof presentPublicStatement> & { similarity: number }>;
};

/**
 * A participant's idea (up to 300 characters). Before it is stored, statements already shown that
 * seem to say the same are pointed out (posted: false, nothing stored, the similar ones listed) so
 * the participant can vote on one of them instead; sent again with `confirm`, it is posted anyway.
 * Under pre-moderation it waits for a moderator (pending); under post-moderation it is shown at
 * once. In vote mode its author agrees with it, as in Polis. The same text sent again by the same
 * participant (a retry) is the statement already posted.
 *
 * Refused with 400 naming the field (/participant, /form_token); 429 past the per-address limit;
 * 404/410 for a conversation not taking part. No audit event, like a survey response.
 */
export async function postStatement(options: {
  db: Kysely<DB>;
  code: string;
  participant: string;
  text: string;
  language: string;
  formToken: string;
  confirm?: boolean;
  website?: string;
  client: { address: string };
  secret: string;
  limits?: ParticipationLimits;
  now?: Date;
}): Promise<Posted> {
  const { db, secret } = options;
  const conversation = await findTakingPart({ db, code: options.code, now: options.now });
  const { conversationId } = conversation;
  // The honeypot: people never see it, so never fill it in. A robot is told all went well and nothing is stored.
  if (options.website?.trim()) return { posted: true, statement: { id: randomUUID(), status: 'pending' }, similar: [] };
  const participantId = participantOfRef({ secret, conversationId, ref: options.participant });
  if (participantId === null) throw invalidInput('/participant', 'is not a participant of this conversation; join it again', { code: 'invalid' });
  const limits = options.limits ?? participationLimits;
  if (!limits.statements.take({ secret, surveyId: conversationId, address: options.client.address, now: options.now?.getTime() })) {
    throw new AppError('rate_limited', 'Too many ideas from this address for now; try again in an hour');
  }
  checkToken({ token: options.formToken, code: conversation.code, secret, now: options.now });

  const earlier = await conversationParticipationRepo.findOwnStatement(db, conversationId, participantId, options.text);
  if (earlier) return { posted: true, statement: earlier, similar: [] };
  if (!options.confirm) {
    const shown = await loadShownStatements(db, conversationId);
    const similar = findSimilarStatements({ text: options.text, statements: shown });
    if (similar.length) {
      const byId = new Map(shown.map((statement) => [statement.id, statement]));
      return { posted: false, statement: null, similar: similar.map((found) => ({ ...presentPublicStatement(byId.get(found.id)!), similarity: found.similarity })) };
    }
  }
  const statement = await conversationParticipationRepo.insertStatement(db, {
    conversationId,
    organizationId: conversation.organizationId,
    participantId,
    text: options.text,
    language: options.language,
    status: conversation.moderation === 'pre' ? 'pending' : 'accepted',
    authorAgrees: conversation.mode === 'vote',
  });
  forgetShownStatements(conversationId);
  return { posted: true, statement, similar: [] };
}
