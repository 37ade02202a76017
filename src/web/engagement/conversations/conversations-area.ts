/** Every page of the conversations area, in the one chunk conversation-routes.tsx loads on first use. */
export { ConversationLayout } from './conversation-layout';
export { ConversationSettingsPage } from './conversation-settings-page';
export { ConversationsListPage } from './conversations-list-page';
export { ImportPage } from './import-page';
export { OpinionGroupsPage } from './opinion-groups-page';
export { StatementsPage } from './statements-page';
