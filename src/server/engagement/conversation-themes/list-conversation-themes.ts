import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conversationThemesRepo } from './conversation-themes.repo.js';

/**
 * A conversation's themes in their order, each with how many ideas (accepted statements) it holds:
 * the short list other features cite from (evidence for the plan, the summary). Empty before any
 * themes were found. The caller has checked access to the conversation.
 */
export async function listConversationThemes(options: { db: Kysely<DB>; organizationId: string; conversationId: string }): Promise<Array<{ id: string; label: string; count: number }>> {
  const rows = await conversationThemesRepo.countByTheme(options.db, options);
  return rows.map((row) => ({ id: row.id, label: row.label, count: Number(row.count) }));
}
