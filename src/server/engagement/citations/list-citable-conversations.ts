import type { Kysely } from 'kysely';
import { oncePerStatement, wordConversationCitation } from '../../../core/engagement/conversations/conversation-citations.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import type { DB } from '../../db/schema.js';
import { listConversationThemes } from '../conversation-themes/list-conversation-themes.js';
import { conversationsRepo, type ConversationRow } from '../conversations/conversations.repo.js';
import { readEngagementSettings } from '../settings/read-engagement-settings.js';
import type { CitableItem } from './list-citable-evidence.js';
import { readConversationFindings } from '../conversations/read-conversation-findings.js';

type Language = 'en' | 'es';
const sourceWords = { en: (prompt: string) => `Conversation: ${prompt}`, es: (prompt: string) => `Conversación: ${prompt}` };
const themeWords = {
  en: (prompt: string, label: string, count: number) => `Conversation “${prompt}”: theme “${label}” across ${count === 1 ? 'one idea' : `${count} ideas`}`,
  es: (prompt: string, label: string, count: number) => `Conversación «${prompt}»: tema «${label}» en ${count === 1 ? 'una idea' : `${count} ideas`}`,
};

/**
 * What a plan element can cite from the district's conversations that people took part in (open
 * or closed, with votes): when people vote, the statements that bridge the opinion groups (only
 * those every group leans to agree with), the consensus, and each group's representative
 * statements; when they rate, the top ideas by Bayesian average; and the themes across ideas.
 * A finding about fewer people than the district's threshold is not offered: a plan may be public.
 * Each statement is offered once, under the strongest thing it shows.
 */
export async function listCitableConversations(options: { db: Kysely<DB>; organizationId: string; language: Language }): Promise<CitableItem[]> {
  const { db, organizationId, language } = options;
  const [conversations, settings] = await Promise.all([conversationsRepo.list(db, organizationId), readEngagementSettings({ db, organizationId })]);
  const items: CitableItem[] = [];
  for (const conversation of conversations) {
    if (conversation.status === 'draft' || Number(conversation.vote_count) === 0) continue;
    const prompt = textIn(conversation.prompt as Record<string, string>, language, [...(conversation.languages as string[]), 'en']);
    const { findings } = await readConversationFindings({ db, organizationId, conversationId: conversation.id, mode: conversation.mode, threshold: settings.respondent_threshold });
    const source = sourceWords[language](prompt);
    for (const { statementId, citation } of oncePerStatement(findings)) {
      items.push({ link: { kind: 'conversation_statement', conversation_id: conversation.id, statement_id: statementId }, source, label: citation.text, text: wordConversationCitation({ citation, prompt, language }) });
    }
    items.push(...(await themeItems(conversation, prompt, source, language, db, organizationId)));
  }
  return items;
}

async function themeItems(conversation: ConversationRow, prompt: string, source: string, language: Language, db: Kysely<DB>, organizationId: string): Promise<CitableItem[]> {
  const themes = await listConversationThemes({ db, organizationId, conversationId: conversation.id });
  return themes
    .filter((theme) => theme.count > 0)
    .map((theme) => ({ link: { kind: 'conversation_theme', conversation_id: conversation.id, theme_id: theme.id }, source, label: theme.label, text: themeWords[language](prompt, theme.label, theme.count) }));
}
