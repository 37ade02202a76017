import type { Locale, Message } from '../../../core/i18n/format-message';
import { accountEn, accountEs } from './messages/account.messages';
import { auditEn, auditEs } from './messages/audit.messages';
import { authEn, authEs } from './messages/auth.messages';
import { commonEn, commonEs } from './messages/common.messages';
import { organizationEn, organizationEs } from './messages/organization.messages';
import { outboxEn, outboxEs } from './messages/outbox.messages';
import { peopleEn, peopleEs } from './messages/people.messages';
import { planDetailsEn, planDetailsEs } from './messages/plan-details.messages';
import { planFieldsEn, planFieldsEs } from './messages/plan-fields.messages';
import { planOutlineEn, planOutlineEs } from './messages/plan-outline.messages';
import { planViewsEn, planViewsEs } from './messages/plan-views.messages';
import { planLifecycleEn, planLifecycleEs } from './messages/plan-lifecycle.messages';
import { plansEn, plansEs } from './messages/plans.messages';
import { processEn, processEs } from './messages/process.messages';
import { committeeEn, committeeEs } from './messages/committee.messages';
import { sessionsEn, sessionsEs } from './messages/sessions.messages';
import { engagementEn, engagementEs } from './messages/engagement.messages';
import { normsEn, normsEs } from './messages/norms.messages';
import { updatesEn, updatesEs } from './messages/updates.messages';
import { progressEn, progressEs } from './messages/progress.messages';
import { improvementEn, improvementEs } from './messages/improvement.messages';
import { publicSiteEn, publicSiteEs } from './messages/public-site.messages';

/**
 * English is the reference: its keys are the MessageKey type, so a typo in `t('...')` fails the
 * build, and each Spanish module is typed against its English twin so none can miss a key.
 */
const en = { ...commonEn, ...authEn, ...peopleEn, ...auditEn, ...outboxEn, ...organizationEn, ...accountEn, ...plansEn, ...planLifecycleEn, ...planOutlineEn, ...planFieldsEn, ...planDetailsEn, ...planViewsEn, ...processEn, ...committeeEn, ...sessionsEn, ...engagementEn, ...normsEn, ...updatesEn, ...progressEn, ...publicSiteEn, ...improvementEn };

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, Message> = { ...commonEs, ...authEs, ...peopleEs, ...auditEs, ...outboxEs, ...organizationEs, ...accountEs, ...plansEs, ...planLifecycleEs, ...planOutlineEs, ...planFieldsEs, ...planDetailsEs, ...planViewsEs, ...processEs, ...committeeEs, ...sessionsEs, ...engagementEs, ...normsEs, ...updatesEs, ...progressEs, ...publicSiteEs, ...improvementEs };

export const dictionaries: Record<Locale, Record<MessageKey, Message>> = { en, es };
