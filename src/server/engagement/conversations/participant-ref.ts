import { hashToken, safeEqual } from '../../auth/secrets.js';

/**
 * What a participant's device sends with each statement and vote: "p1.<participant id>.<signature>",
 * signed with the server's secret for one conversation. The signature proves the ref was handed out
 * here, so a vote needs no query to know its participant, and a participant id seen elsewhere (the
 * team's results list them) cannot be used to vote in someone's name.
 */
export function participantRef(options: { secret: string; conversationId: string; participantId: string }): string {
  return `p1.${options.participantId}.${sign(options.secret, options.conversationId, options.participantId)}`;
}

const REF = /^p1\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** The participant id of a ref handed out for this conversation, or null. */
export function participantOfRef(options: { secret: string; conversationId: string; ref: string }): string | null {
  const match = REF.exec(options.ref);
  if (!match) return null;
  const [, participantId, signature] = match as unknown as [string, string, string];
  return safeEqual(signature, sign(options.secret, options.conversationId, participantId)) ? participantId : null;
}

/** The keyed hash a device's random id is stored as: equal ids give equal hashes, the id is never kept. */
export function deviceHash(options: { secret: string; conversationId: string; deviceId: string }): string {
  return hashToken(options.secret, `conversation-device|${options.conversationId}|${options.deviceId}`);
}

function sign(secret: string, conversationId: string, participantId: string): string {
  return hashToken(secret, `conversation-participant|${conversationId}|${participantId}`);
}
