import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkDemographicAnswers } from '../../../core/engagement/conversations/conversation-texts.js';
import { AppError, invalidInput } from '../../errors.js';
import { checkFormToken } from '../surveys/issue-form-token.js';
import { problemsError } from '../surveys/survey-problems-error.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { checkEmailCode, emailHash } from './email-verification.js';
import { deviceHash, participantRef } from './participant-ref.js';
import { participationLimits, type ParticipationLimits } from './participation-limits.js';
import { findTakingPart } from './read-public-conversation.js';

/**
 * A participant joins an open conversation with the random id their device keeps (no account, no
 * name): the same device id is the same participant, so joining again answers with the same ref
 * (created: false). Only a keyed hash of the id is stored. Answers to the demographic questions,
 * when sent, are checked like survey answers (400 at /demographics/<key>) and replace earlier ones.
 *
 * Refused with 400 naming the field: a form token that is not this conversation's or younger than
 * a person could read the page in (/form_token); 429 past the per-address limit; 404/410 for a
 * conversation not taking part. No audit event: it would date an anonymous participant.
 */
export async function joinConversation(options: {
  db: Kysely<DB>;
  code: string;
  deviceId: string;
  formToken: string;
  demographics?: Record<string, unknown>;
  /** For a conversation that asks for a verified email: the address, the mailed code and its ticket. */
  email?: { address: string; code: string; ticket: string };
  /** Used only in memory for the per-address limit, never stored. */
  client: { address: string };
  secret: string;
  limits?: ParticipationLimits;
  now?: Date;
}): Promise<{ participant: string; created: boolean }> {
  const { db, secret } = options;
  const conversation = await findTakingPart({ db, code: options.code, now: options.now });
  const limits = options.limits ?? participationLimits;
  if (!limits.joins.take({ secret, surveyId: conversation.conversationId, address: options.client.address, now: options.now?.getTime() })) {
    throw new AppError('rate_limited', 'Too many people joined from this address for now; try again in an hour');
  }
  checkToken({ token: options.formToken, code: conversation.code, secret, now: options.now });
  let demographics: Record<string, unknown> = {};
  if (options.demographics !== undefined) {
    const checked = checkDemographicAnswers(conversation, options.demographics);
    if (!checked.ok) throw problemsError(checked.problems, 'Some answers do not fit the questions');
    demographics = checked.answers;
  }
  const device = deviceHash({ secret, conversationId: conversation.conversationId, deviceId: options.deviceId });
  const joined = conversation.verifyEmail
    ? await joinWithEmail({ ...options, conversationId: conversation.conversationId, organizationId: conversation.organizationId, deviceHash: device, demographics })
    : await conversationParticipationRepo.joinOnce(db, { conversationId: conversation.conversationId, organizationId: conversation.organizationId, deviceHash: device, demographics });
  if (!joined.created && options.demographics !== undefined) await conversationParticipationRepo.setDemographics(db, joined.id, demographics);
  return { participant: participantRef({ secret, conversationId: conversation.conversationId, participantId: joined.id }), created: joined.created };
}

/**
 * Joining a conversation that asks for a verified email: with the mailed code, as the participant
 * of that email (another device of the same person is the same participant); without one, only a
 * device that joined with a confirmed email before. 400 names the field: /email (required, or this
 * device took part under another email), /email_code (wrong or expired); 429 past ten tries.
 */
async function joinWithEmail(options: {
  db: Kysely<DB>;
  conversationId: string;
  organizationId: string;
  deviceHash: string;
  demographics: Record<string, unknown>;
  email?: { address: string; code: string; ticket: string };
  secret: string;
  limits?: ParticipationLimits;
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const { db, secret, conversationId, email } = options;
  if (!email) {
    const known = await conversationParticipationRepo.findVerifiedByDevice(db, conversationId, options.deviceHash);
    if (known) return { id: known.id, created: false };
    throw invalidInput('/email', 'is required: this conversation asks each participant to confirm an email address', { code: 'required' });
  }
  const hash = emailHash({ secret, conversationId, email: email.address });
  const limits = options.limits ?? participationLimits;
  if (!limits.emailCodeAttempts.take({ secret, surveyId: conversationId, address: hash, now: options.now?.getTime() })) {
    throw new AppError('rate_limited', 'Too many tries of a code for this email; ask for a new code in an hour');
  }
  const checked = checkEmailCode({ secret, conversationId, email: email.address, code: email.code, ticket: email.ticket, now: options.now });
  if (checked === 'expired') throw invalidInput('/email_code', 'has expired: ask for a new code', { code: 'expired' });
  if (checked === 'wrong') throw invalidInput('/email_code', 'is not the code we sent to this address', { code: 'invalid' });
  const joined = await conversationParticipationRepo.joinWithEmail(db, { conversationId, organizationId: options.organizationId, deviceHash: options.deviceHash, emailHash: hash, demographics: options.demographics });
  if (!joined) throw invalidInput('/email', 'differs from the email this device took part with', { code: 'other_email' });
  return joined;
}

/** The page's form token (issued by the public GET, as the survey page's is): ours, for this code, and old enough. */
export function checkToken(options: { token: string; code: string; secret: string; now?: Date }) {
  const token = checkFormToken(options);
  if (token === 'too_quick') throw invalidInput('/form_token', 'was sent too quickly after the page opened; wait a moment and send again', { code: 'too_quick' });
  if (token === 'invalid') throw invalidInput('/form_token', 'is not a form token of this conversation, or it has expired; reload the page', { code: 'invalid' });
}
