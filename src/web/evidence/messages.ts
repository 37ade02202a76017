import type { Translations } from '../app/i18n/translations';
import { dataEn, dataEs } from './data.messages';
import { datasetsEn, datasetsEs } from './datasets/datasets.messages';
import { mappingEn, mappingEs } from './mapping/mapping.messages';
import { entitiesEn, entitiesEs } from './entities/entities.messages';
import { groupsEn, groupsEs } from './groups/groups.messages';
import { indicatorsEn, indicatorsEs } from './indicators/indicators.messages';
import { feedsEn, feedsEs } from './feeds/feeds.messages';
import { focusEn, focusEs } from './instructional-focus/instructional-focus.messages';
import { retreatsEn, retreatsEs } from './retreats/retreats.messages';
import { retreatBoardEn, retreatBoardEs } from './retreats/retreat-board.messages';

/*
 * The evidence domain's words: the data files, their mapping, the schools and groups they name,
 * indicators and the measures they feed. English is the reference; the Spanish is typed against it.
 */
const en = { ...dataEn, ...datasetsEn, ...mappingEn, ...entitiesEn, ...groupsEn, ...indicatorsEn, ...feedsEn, ...focusEn, ...retreatsEn, ...retreatBoardEn };
const es: Translations<typeof en> = { ...dataEs, ...datasetsEs, ...mappingEs, ...entitiesEs, ...groupsEs, ...indicatorsEs, ...feedsEs, ...focusEs, ...retreatsEs, ...retreatBoardEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const evidenceMessages = { en, es };

type EvidenceEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends EvidenceEnglish {}
}
