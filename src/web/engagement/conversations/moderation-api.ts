/*
 * The addresses of moderation's own resources (src/server/engagement/conversations/moderation/):
 * the log as a file and the team's translations of a statement.
 */
export const moderationApi = {
  log: (conversationId: string) => `/api/conversations/${conversationId}/moderation-log.csv`,
  translations: (conversationId: string, statementId: string) => `/api/conversations/${conversationId}/statements/${statementId}/translations`,
};

/** What a 409 on a translation sends back: the statement's translations and version as they are now. */
export interface CurrentTranslations {
  translations: Record<string, string>;
  version: number;
}
