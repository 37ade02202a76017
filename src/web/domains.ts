import type { commonEn } from './app/i18n/common.messages';
import type { MessageKey } from './app/i18n/message-catalogue';
import type { WebDomain } from './app/web-domain';
import { platformDomain } from './platform/domain';
import { planDomain } from './plan/domain';
import { processDomain } from './process/domain';
import { monitoringDomain } from './monitoring/domain';
import { engagementDomain } from './engagement/domain';
import { evidenceDomain } from './evidence/domain';
import { networkDomain } from './network/domain';

/**
 * The product's domains in the web app, each with its pages and its words: main.tsx builds the
 * router and the dictionaries from this one list, so a new domain is its own folder (domain.ts,
 * routes.tsx, messages.ts) and one entry here. The order is the order of their pages in each place.
 *
 * One list for both, without an import circle: screens import the shell (i18n provider, guards), so
 * the shell must not import this list. It is handed in from main.tsx instead (createAppRouter,
 * I18nProvider), and MessageKey is an interface that each domain's messages.ts extends by
 * declaration merging, so `t('a.typo')` still fails the build with no import of the domains.
 */
export const domains = [platformDomain, planDomain, processDomain, monitoringDomain, engagementDomain, evidenceDomain, networkDomain] satisfies readonly WebDomain[];

/*
 * The check that makes the joined dictionaries complete: every key MessageKey holds is the shell's or
 * a listed domain's. A domain whose messages.ts adds keys but that is missing above fails the build
 * here, naming its keys.
 */
type EnglishKeys<Domain> = Domain extends { messages: { en: infer English } } ? keyof English : never;
type ListedKey = keyof typeof commonEn | EnglishKeys<(typeof domains)[number]>;
type NoneMissing<Missing extends never> = Missing;
type UnlistedMessageKeys = NoneMissing<Exclude<MessageKey, ListedKey>>;
