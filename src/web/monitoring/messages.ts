import type { Translations } from '../app/i18n/translations';
import { updatesEn, updatesEs } from './updates/updates.messages';
import { progressEn, progressEs } from './progress/progress.messages';
import { publicSiteEn, publicSiteEs } from './public-site/public-site.messages';
import { improvementEn, improvementEs } from './improvement/improvement.messages';
import { studentGroupsEn, studentGroupsEs } from './student-groups/student-groups.messages';

/*
 * The monitoring domain's words: updates, progress, the public site and improvement.
 * English is the reference; the Spanish is typed against it, so no key can be missing.
 */
const en = { ...updatesEn, ...progressEn, ...publicSiteEn, ...improvementEn, ...studentGroupsEn };
const es: Translations<typeof en> = { ...updatesEs, ...progressEs, ...publicSiteEs, ...improvementEs, ...studentGroupsEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const monitoringMessages = { en, es };

type MonitoringEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends MonitoringEnglish {}
}
