import type { MessageKey } from '../../app/i18n/message-catalogue';
import { shownText } from '../surveys/surveys-api';
import type { ConversationMode, ConversationSummary, ModerationMode, StatementStatus } from './conversations-api';

/* Words for a conversation's own values (mode, moderation, statement status) in the reader's language. */

export const conversationModeLabel = (mode: ConversationMode) => `conversations.mode.${mode}` as MessageKey;
export const conversationModeExplained = (mode: ConversationMode) => `conversations.modeExplained.${mode}` as MessageKey;
export const moderationLabel = (mode: ModerationMode) => `conversations.moderation.${mode}` as MessageKey;
export const moderationExplained = (mode: ModerationMode) => `conversations.moderationExplained.${mode}` as MessageKey;
export const statementStatusLabel = (status: StatementStatus) => `conversationStatements.status.${status}` as MessageKey;

/** The prompt in the reader's language when the conversation has it, else in its first language. */
export const promptOf = (conversation: Pick<ConversationSummary, 'prompt' | 'languages'>, locale: string) => shownText(conversation.prompt, locale, conversation.languages);
