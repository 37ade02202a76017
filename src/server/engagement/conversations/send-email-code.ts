import type { Kysely } from 'kysely';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { MailService } from '../../mail/mail-service.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { emailHash, issueEmailCode } from './email-verification.js';
import { checkToken } from './join-conversation.js';
import { participationLimits, type ParticipationLimits } from './participation-limits.js';
import { findTakingPart } from './read-public-conversation.js';

const words = {
  en: {
    subject: (organization: string) => `Your code to take part: ${organization}`,
    text: (code: string, prompt: string) =>
      `Your code is ${code}\n\nEnter it on the conversation's page to take part in “${prompt}”. It works for 30 minutes.\n\nYour address is not kept: only a coded form of it, so the same person takes part once. If you did not ask for this code, you can ignore this message.`,
  },
  es: {
    subject: (organization: string) => `Su código para participar: ${organization}`,
    text: (code: string, prompt: string) =>
      `Su código es ${code}\n\nEscríbalo en la página de la conversación para participar en «${prompt}». Sirve durante 30 minutos.\n\nNo guardamos su dirección: solo una forma cifrada de ella, para que cada persona participe una vez. Si no pidió este código, puede ignorar este mensaje.`,
  },
} satisfies Record<Locale, unknown>;

/**
 * Mails a six-digit code to the address a participant gives, for a conversation that asks for a
 * verified email, and answers with the signed ticket the participant sends back with the code when
 * joining. The message is private in the outbox (no district's, never listed, deleted once sent);
 * nothing else is stored. 400 names the field (/email: the conversation asks for none, /form_token);
 * 429 past 30 codes an hour from one address or 5 to one email; 503 when the server sends no mail.
 */
export async function sendEmailCode(options: {
  db: Kysely<DB>;
  mail: MailService;
  code: string;
  email: string;
  formToken: string;
  language: Locale;
  organizationName: string;
  client: { address: string };
  secret: string;
  limits?: ParticipationLimits;
  now?: Date;
}): Promise<{ ticket: string; expiresAt: Date }> {
  const { db, secret } = options;
  const conversation = await findTakingPart({ db, code: options.code, language: options.language, now: options.now });
  if (!conversation.verifyEmail) throw invalidInput('/email', 'is not asked for in this conversation: join without one', { code: 'not_asked' });
  checkToken({ token: options.formToken, code: conversation.code, secret, now: options.now });
  if (options.mail.statusForNewMail !== 'pending') throw new AppError('unavailable', 'This server cannot send mail just now, so no code can reach you; please try again later');
  const limits = options.limits ?? participationLimits;
  const now = options.now?.getTime();
  const { conversationId } = conversation;
  const byAddress = limits.emailCodes.take({ secret, surveyId: conversationId, address: options.client.address, now });
  const byEmail = limits.emailCodesPerEmail.take({ secret, surveyId: conversationId, address: emailHash({ secret, conversationId, email: options.email }), now });
  if (!byAddress || !byEmail) throw new AppError('rate_limited', 'Too many codes were asked for; try again in an hour');

  const issued = issueEmailCode({ secret, conversationId, email: options.email, now: options.now });
  const said = words[options.language];
  const prompt = conversation.prompt[options.language] ?? conversation.prompt[conversation.languages[0]!] ?? '';
  const messageId = await inTransaction(db, (trx) =>
    queueMail(trx, { organizationId: null, to: options.email.trim(), subject: said.subject(options.organizationName), text: said.text(issued.code, prompt), isPrivate: true }, 'pending'),
  );
  await options.mail.dispatch([messageId]);
  return { ticket: issued.ticket, expiresAt: issued.expiresAt };
}
