import type { Locale, Message } from '../../../core/i18n/format-message';
import { accountEn, accountEs } from './messages/account.messages';
import { auditEn, auditEs } from './messages/audit.messages';
import { authEn, authEs } from './messages/auth.messages';
import { commonEn, commonEs } from './messages/common.messages';
import { organizationEn, organizationEs } from './messages/organization.messages';
import { outboxEn, outboxEs } from './messages/outbox.messages';
import { peopleEn, peopleEs } from './messages/people.messages';

/**
 * English is the reference: its keys are the MessageKey type, so a typo in `t('...')` fails the
 * build, and each Spanish module is typed against its English twin so none can miss a key.
 */
const en = { ...commonEn, ...authEn, ...peopleEn, ...auditEn, ...outboxEn, ...organizationEn, ...accountEn };

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, Message> = { ...commonEs, ...authEs, ...peopleEs, ...auditEs, ...outboxEs, ...organizationEs, ...accountEs };

export const dictionaries: Record<Locale, Record<MessageKey, Message>> = { en, es };
