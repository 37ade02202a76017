import type { Locale, Message } from '../../../core/i18n/format-message';
import { accountEn, accountEs } from '../../platform/account/account.messages';
import { auditEn, auditEs } from '../../platform/audit/audit.messages';
import { authEn, authEs } from '../../platform/sign-in/sign-in.messages';
import { commonEn, commonEs } from './common.messages';
import { organizationEn, organizationEs } from '../../platform/organizations/organizations.messages';
import { outboxEn, outboxEs } from '../../platform/outbox/outbox.messages';
import { peopleEn, peopleEs } from '../../platform/people/people.messages';
import { planDetailsEn, planDetailsEs } from '../../plan/details/plan-details.messages';
import { planFieldsEn, planFieldsEs } from '../../plan/fields/plan-fields.messages';
import { planOutlineEn, planOutlineEs } from '../../plan/outline/plan-outline.messages';
import { planViewsEn, planViewsEs } from '../../plan/views/plan-views.messages';
import { planLifecycleEn, planLifecycleEs } from '../../plan/lifecycle/plan-lifecycle.messages';
import { plansEn, plansEs } from '../../plan/plans/plans.messages';
import { processEn, processEs } from '../../process/cycles/process.messages';
import { committeeEn, committeeEs } from '../../process/committee/committee.messages';
import { sessionsEn, sessionsEs } from '../../process/sessions/sessions.messages';
import { stakeholdersEn, stakeholdersEs } from '../../process/stakeholders/stakeholders.messages';
import { normsEn, normsEs } from '../../process/norms/norms.messages';
import { updatesEn, updatesEs } from '../../monitoring/updates/updates.messages';
import { progressEn, progressEs } from '../../monitoring/progress/progress.messages';
import { improvementEn, improvementEs } from '../../monitoring/improvement/improvement.messages';
import { publicSiteEn, publicSiteEs } from '../../monitoring/public-site/public-site.messages';

/**
 * English is the reference: its keys are the MessageKey type, so a typo in `t('...')` fails the
 * build, and each Spanish module is typed against its English twin so none can miss a key.
 */
const en = { ...commonEn, ...authEn, ...peopleEn, ...auditEn, ...outboxEn, ...organizationEn, ...accountEn, ...plansEn, ...planLifecycleEn, ...planOutlineEn, ...planFieldsEn, ...planDetailsEn, ...planViewsEn, ...processEn, ...committeeEn, ...sessionsEn, ...stakeholdersEn, ...normsEn, ...updatesEn, ...progressEn, ...publicSiteEn, ...improvementEn };

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, Message> = { ...commonEs, ...authEs, ...peopleEs, ...auditEs, ...outboxEs, ...organizationEs, ...accountEs, ...plansEs, ...planLifecycleEs, ...planOutlineEs, ...planFieldsEs, ...planDetailsEs, ...planViewsEs, ...processEs, ...committeeEs, ...sessionsEs, ...stakeholdersEs, ...normsEs, ...updatesEs, ...progressEs, ...publicSiteEs, ...improvementEs };

export const dictionaries: Record<Locale, Record<MessageKey, Message>> = { en, es };
