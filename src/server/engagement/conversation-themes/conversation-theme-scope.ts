import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { ThemeKind } from '../themes/theme-kind.js';
import { conversationThemesRepo, type ConversationScope, type IdeaRow } from './conversation-themes.repo.js';

export interface ConversationSubject {
  ignoreWords: string[];
}

/**
 * The conversation named in the path (404 when it is not the district's), and the words every idea
 * repeats from its prompt: they would only blur the themes and their labels.
 */
export async function loadConversation(db: Kysely<DB>, scope: ConversationScope): Promise<ConversationSubject> {
  const conversation = await conversationThemesRepo.findConversation(db, scope);
  if (!conversation) throw notFound('Conversation');
  const prompt = conversation.prompt && typeof conversation.prompt === 'object' ? Object.values(conversation.prompt as Record<string, unknown>) : [];
  return { ignoreWords: prompt.filter((text): text is string => typeof text === 'string') };
}

/**
 * Themes across a conversation's ideas (its accepted statements), for the shared themes
 * use-cases, on the survey themes' engine: one run at a time per conversation, audit events
 * `conversation_themes.*` about the conversation and `conversation_theme.*` about a theme.
 */
export const conversationThemes: ThemeKind<ConversationScope, IdeaRow, ConversationSubject> = {
  store: conversationThemesRepo,
  load: loadConversation,
  lineKey: (scope) => `conversation/${scope.conversationId}`,
  words: { subject: 'conversation', items: 'ideas', notAnItem: 'is not an accepted statement of this conversation' },
  audit: {
    prefix: 'conversation',
    itemsKey: 'statements',
    idsKey: 'statement_ids',
    setEntity: (scope) => ({ entityType: 'conversation', entityId: scope.conversationId, details: {} }),
  },
};
