import type { Translations } from '../app/i18n/translations';
import { setupEn, setupEs } from './setup/setup.messages';
import { signInEn, signInEs } from './sign-in/sign-in.messages';
import { peopleEn, peopleEs } from './people/people.messages';
import { auditEn, auditEs } from './audit/audit.messages';
import { outboxEn, outboxEs } from './outbox/outbox.messages';
import { organizationEn, organizationEs } from './organizations/organizations.messages';
import { accountEn, accountEs } from './account/account.messages';

/*
 * The platform domain's words: setup, sign-in, people, audit, outbox, organizations and the account.
 * English is the reference; the Spanish is typed against it, so no key can be missing.
 */
const en = { ...setupEn, ...signInEn, ...peopleEn, ...auditEn, ...outboxEn, ...organizationEn, ...accountEn };
const es: Translations<typeof en> = { ...setupEs, ...signInEs, ...peopleEs, ...auditEs, ...outboxEs, ...organizationEs, ...accountEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const platformMessages = { en, es };

type PlatformEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends PlatformEnglish {}
}
