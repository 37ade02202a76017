import type { Translations } from '../app/i18n/translations';
import { builderEn, builderEs } from './builder/builder.messages';
import { focusGroupsEn, focusGroupsEs } from './focus-groups/focus-groups.messages';
import { invitationsEn, invitationsEs } from './invitations/invitations.messages';
import { comparisonEn, comparisonEs } from './comparison/comparison.messages';
import { conversationsEn, conversationsEs } from './conversations/conversations.messages';
import { moderationEn, moderationEs } from './conversations/moderation.messages';
import { conversationExportsEn, conversationExportsEs } from './conversations/exports/exports.messages';
import { conversationResultsEn, conversationResultsEs } from './conversations/results/conversation-results.messages';
import { populationEn, populationEs } from './population/population.messages';
import { representationEn, representationEs } from './representation/representation.messages';
import { resultsEn, resultsEs } from './results/results.messages';
import { engagementSettingsEn, engagementSettingsEs } from './settings/settings.messages';
import { shareEn, shareEs } from './share/share.messages';
import { summaryEn, summaryEs } from './summary/summary.messages';
import { surveysEn, surveysEs } from './surveys/surveys.messages';
import { translationsEn, translationsEs } from './translations/translations.messages';
import { themesEn, themesEs } from './themes/themes.messages';
import { conversationThemesEn, conversationThemesEs } from './conversations/themes/conversation-themes.messages';
import { publicCommentEn, publicCommentEs } from './public-comment/public-comment.messages';

/*
 * The engagement domain's words: surveys, the builder, translations, sharing, results, settings and
 * the population surveys are compared with.
 * English is the reference; the Spanish is typed against it, so no key can be missing.
 */
const en = { ...surveysEn, ...builderEn, ...translationsEn, ...shareEn, ...resultsEn, ...engagementSettingsEn, ...populationEn, ...comparisonEn, ...representationEn, ...themesEn, ...conversationThemesEn, ...focusGroupsEn, ...summaryEn, ...invitationsEn, ...conversationsEn, ...moderationEn, ...conversationExportsEn, ...conversationResultsEn, ...publicCommentEn };
const es: Translations<typeof en> = { ...surveysEs, ...builderEs, ...translationsEs, ...shareEs, ...resultsEs, ...engagementSettingsEs, ...populationEs, ...comparisonEs, ...representationEs, ...themesEs, ...conversationThemesEs, ...focusGroupsEs, ...summaryEs, ...invitationsEs, ...conversationsEs, ...moderationEs, ...conversationExportsEs, ...conversationResultsEs, ...publicCommentEs };

/** For src/web/domains.ts, which hands every domain's words to the I18nProvider. */
export const engagementMessages = { en, es };

type EngagementEnglish = typeof en;

/* Adds these keys to MessageKey (app/i18n/message-catalogue.ts), so every `t('...')` is checked against them. */
declare module '../app/i18n/message-catalogue' {
  interface MessageCatalogue extends EngagementEnglish {}
}
