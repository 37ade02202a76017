import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import type { DemographicQuestion } from '../../../core/engagement/conversations/conversation-format.js';
import { AppError } from '../../errors.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { effectiveStatus, isAcceptingResponses, normalizePublicCode } from '../surveys/survey-life.js';
import { findConversationByCode } from './open-conversation-lookup.js';

export interface PublicConversation {
  conversationId: string;
  organizationId: string;
  code: string;
  mode: 'rate' | 'vote';
  prompt: Record<string, string>;
  languages: string[];
  moderation: 'pre' | 'post';
  demographics: DemographicQuestion[];
  closesAt: Date | null;
  verifyEmail: boolean;
}

// A person reads these on a phone: what happened and what (not) to do, not a status code.
const words = {
  en: {
    notFound: 'There is no open conversation at this address. Check the link, or ask whoever sent it.',
    notYet: (date: string) => `This conversation opens on ${date}. Please come back then.`,
    closed: (date: string) => `This conversation closed on ${date}. Thank you for your interest.`,
    closedUndated: 'This conversation has closed. Thank you for your interest.',
  },
  es: {
    notFound: 'No hay ninguna conversación abierta en esta dirección. Revise el enlace o pregunte a quien se lo envió.',
    notYet: (date: string) => `Esta conversación se abre el ${date}. Vuelva entonces, por favor.`,
    closed: (date: string) => `Esta conversación se cerró el ${date}. Gracias por su interés.`,
    closedUndated: 'Esta conversación ya se cerró. Gracias por su interés.',
  },
} satisfies Record<Locale, unknown>;

const longDate = (date: Date, language: Locale) => new Intl.DateTimeFormat(language === 'es' ? 'es' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/**
 * The conversation behind a public code if it takes part now: 404 for an unknown code, a draft or
 * one not open yet, 410 once closed, each with a message a person understands in the reader's
 * language (English or Spanish). Every public route starts here.
 */
export async function findTakingPart(options: { db: Kysely<DB>; code: string; language?: Locale; now?: Date }): Promise<PublicConversation> {
  const language = options.language ?? 'en';
  const now = options.now ?? new Date();
  const code = normalizePublicCode(options.code);
  const conversation = code ? await findConversationByCode(options.db, code) : undefined;
  if (!code || !conversation || conversation.status === 'draft') throw new AppError('not_found', words[language].notFound);
  if (effectiveStatus(conversation, now) === 'closed') {
    const closedOn = conversation.closed_at ?? conversation.closes_at;
    throw new AppError('gone', closedOn ? words[language].closed(longDate(closedOn, language)) : words[language].closedUndated);
  }
  if (!isAcceptingResponses(conversation, now)) throw new AppError('not_found', words[language].notYet(longDate(conversation.opens_at!, language)));
  return {
    conversationId: conversation.id,
    organizationId: conversation.organization_id,
    code,
    mode: conversation.mode,
    prompt: conversation.prompt as Record<string, string>,
    languages: conversation.languages as string[],
    moderation: conversation.moderation,
    demographics: conversation.demographics as DemographicQuestion[],
    closesAt: conversation.closes_at,
    verifyEmail: conversation.verify_email,
  };
}

/** What a participant's page needs to start: the conversation as findTakingPart finds it, with its district's name. */
export async function readPublicConversation(options: { db: Kysely<DB>; code: string; language?: Locale; now?: Date }) {
  const conversation = await findTakingPart(options);
  const organization = await findOrganization(options.db, conversation.organizationId);
  return { ...conversation, organizationName: organization?.name ?? '' };
}
