import type { RegisterRoutes } from '../domain.js';
import { registerCitationRoutes } from './citations/citations.routes.js';
import { registerComparisonRoutes } from './comparison/comparison.routes.js';
import { registerConversationFlyerRoutes } from './conversation-page/conversation-flyer.routes.js';
import { registerConversationPageRoutes } from './conversation-page/conversation-page.routes.js';
import { registerDraftPageRoutes } from './draft-page/draft-page.routes.js';
import { registerConversationImportRoutes } from './conversations/conversation-import.routes.js';
import { registerConversationThemeRoutes } from './conversation-themes/conversation-themes.routes.js';
import { registerConversationExportRoutes } from './conversations/exports/conversation-exports.routes.js';
import { registerConversationPublicRoutes } from './conversations/conversation-public.routes.js';
import { registerConversationRoutes } from './conversations/conversations.routes.js';
import { registerConversationResultsRoutes } from './conversations/results/conversation-results.routes.js';
import { registerConversationResultsPageRoutes } from './conversation-results-page/conversation-results-page.routes.js';
import { registerModerationRoutes } from './conversations/moderation/moderation.routes.js';
import { registerFocusGroupRoutes } from './focus-groups/focus-groups.routes.js';
import { registerSurveyInvitationRoutes } from './invitations/survey-invitations.routes.js';
import { registerPublicCommentPublicRoutes } from './public-comment/public-comment-public.routes.js';
import { registerPublicCommentRoutes } from './public-comment/public-comment.routes.js';
import { registerPublicCommentPacketRoutes } from './public-comment-packet/public-comment-packet.routes.js';
import { registerPopulationRoutes } from './population/population.routes.js';
import { registerPublicCommentThemeRoutes } from './public-comment-themes/public-comment-themes.routes.js';
import { registerRepresentationRoutes } from './representation/representation.routes.js';
import { registerRespondentRoutes } from './respondent/respondent.routes.js';
import { registerEngagementSettingsRoutes } from './settings/engagement-settings.routes.js';
import { registerSummaryRoutes } from './summary/summary.routes.js';
import { registerSurveyPublicRoutes } from './surveys/survey-public.routes.js';
import { registerSurveyResultsRoutes } from './surveys/survey-results.routes.js';
import { registerSurveyRoutes } from './surveys/surveys.routes.js';
import { registerThemeRoutes } from './themes/themes.routes.js';
import { registerWhatWeHeardRoutes } from './what-we-heard/what-we-heard.routes.js';

/**
 * Community engagement's resources: who the district serves (the population representation is
 * judged against), surveys (the builder, the respondent page, results, representation, themes of
 * open answers), focus groups and conversations (ideas rated or voted on, opinion groups).
 */
export const engagementRoutes: readonly RegisterRoutes[] = [
  registerPopulationRoutes,
  registerEngagementSettingsRoutes,
  registerSurveyRoutes,
  registerSurveyPublicRoutes,
  registerRespondentRoutes,
  registerSurveyInvitationRoutes,
  registerSurveyResultsRoutes,
  registerRepresentationRoutes,
  registerComparisonRoutes,
  registerThemeRoutes,
  registerFocusGroupRoutes,
  registerConversationRoutes,
  registerConversationPublicRoutes,
  registerConversationPageRoutes,
  registerConversationFlyerRoutes,
  registerConversationImportRoutes,
  registerConversationResultsRoutes,
  registerConversationResultsPageRoutes,
  registerConversationThemeRoutes,
  registerPublicCommentThemeRoutes,
  registerModerationRoutes,
  registerConversationExportRoutes,
  registerCitationRoutes,
  registerSummaryRoutes,
  registerPublicCommentRoutes,
  registerPublicCommentPublicRoutes,
  registerDraftPageRoutes,
  registerPublicCommentPacketRoutes,
  registerWhatWeHeardRoutes,
];
