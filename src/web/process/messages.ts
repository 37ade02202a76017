import type { Translations } from '../app/i18n/translations';
import { processEn, processEs } from './cycles/process.messages';
import { committeeEn, committeeEs } from './committee/committee.messages';
import { sessionsEn, sessionsEs } from './sessions/sessions.messages';
import { stakeholdersEn, stakeholdersEs } from './stakeholders/stakeholders.messages';
import { phaseSummaryEn, phaseSummaryEs } from './stakeholders/phase-summary.messages';
import { normsEn, normsEs } from './norms/norms.messages';

/*
 * The process domain's words: planning cycles, committee, sessions, stakeholders and norms.
 * English is the reference; the Spanish is typed against it, so no key can be missing.
 */
const en = { ...processEn, ...committeeEn, ...sessionsEn, ...stakeholdersEn, ...phaseSummaryEn, ...normsEn };
const es: Translations<typeof en> = { ...processEs, ...committeeEs, ...sessionsEs, ...stakeholdersEs, ...phaseSummaryEs, ...normsEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const processMessages = { en, es };

type ProcessEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends ProcessEnglish {}
}
