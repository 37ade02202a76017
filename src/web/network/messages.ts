import type { Translations } from '../app/i18n/translations';
import { networkNavEn, networkNavEs } from './network.messages';
import { dashboardEn, dashboardEs } from './dashboard/dashboard.messages';
import { reviewEn, reviewEs } from './review/review.messages';
import { cohortsEn, cohortsEs } from './cohorts/cohorts.messages';
import { providersEn, providersEs } from './providers/providers.messages';
import { myNetworkEn, myNetworkEs } from './my-network/my-network.messages';
import { strategyBankEn, strategyBankEs } from './strategy-bank/strategy-bank.messages';
import { clientsEn, clientsEs } from './clients/clients.messages';
import { benchmarksEn, benchmarksEs } from './benchmarks/benchmarks.messages';
import { learningEn, learningEs } from './learning/learning.messages';

/*
 * The network domain's words: cohorts, their dashboard and calendar, review and rubrics, providers,
 * and a district's view of its network. English is the reference; the Spanish is typed against it.
 */
const en = { ...networkNavEn, ...dashboardEn, ...reviewEn, ...cohortsEn, ...providersEn, ...myNetworkEn, ...strategyBankEn, ...clientsEn, ...learningEn, ...benchmarksEn };
const es: Translations<typeof en> = { ...networkNavEs, ...dashboardEs, ...reviewEs, ...cohortsEs, ...providersEs, ...myNetworkEs, ...strategyBankEs, ...clientsEs, ...learningEs, ...benchmarksEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const networkMessages = { en, es };

type NetworkEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends NetworkEnglish {}
}
