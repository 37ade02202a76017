import { sql } from 'kysely';
import type { Executor } from '../themes/theme-store.js';
import { themeTableStore } from '../themes/theme-table-store.repo.js';
import './conversation-themes-tables.js';

/** A conversation's themes are keyed by the conversation, always within its district. */
export interface ConversationScope {
  organizationId: string;
  conversationId: string;
}

/** The sets, themes and placements: the same for every kind of themes but for the names. */
const themeTables = themeTableStore({
  sets: 'conversation_theme_sets',
  themes: 'conversation_themes',
  placements: 'conversation_theme_statements',
  owner: (scope: ConversationScope) => ({ conversation_id: scope.conversationId }),
  item: 'statement_id',
  placementKey: ['statement_id'],
});

/** The conversation's ideas: its accepted statements (seed statements too), never hidden or pending ones. */
function selectIdeas(db: Executor, scope: ConversationScope) {
  return db
    .selectFrom('conversation_statements as s')
    .leftJoin('conversation_theme_statements as p', 'p.statement_id', 's.id')
    .select(['s.id', 's.text', 's.language', 's.is_seed', 's.external_id', 's.created_at', 'p.theme_id', 'p.rank'])
    .select(sql<boolean>`p.statement_id is not null`.as('is_placed'))
    .where('s.organization_id', '=', scope.organizationId)
    .where('s.conversation_id', '=', scope.conversationId)
    .where('s.status', '=', 'accepted');
}
export type IdeaRow = Awaited<ReturnType<ReturnType<typeof selectIdeas>['executeTakeFirstOrThrow']>>;

/** The conversation ideas' theme store (theme-store.ts): its items are the accepted statements. */
export const conversationThemesRepo = {
  ...themeTables,

  findConversation(db: Executor, scope: ConversationScope) {
    return db.selectFrom('conversations').select(['id', 'prompt', 'mode']).where('organization_id', '=', scope.organizationId).where('id', '=', scope.conversationId).executeTakeFirst();
  },

  /** Every idea of the conversation with its theme (if placed), oldest first. */
  listItems(db: Executor, scope: ConversationScope) {
    return selectIdeas(db, scope).orderBy('s.created_at').orderBy('s.id').execute();
  },

  /** The ids among these that are ideas of the conversation: the rest do not exist here (or are hidden). */
  async existingItemIds(db: Executor, scope: ConversationScope, statementIds: readonly string[]) {
    if (statementIds.length === 0) return new Set<string>();
    const rows = await selectIdeas(db, scope).where('s.id', 'in', [...statementIds]).execute();
    return new Set(rows.map((row) => row.id));
  },

  /** Each theme's id, label and number of ideas (accepted statements) in it, in the themes' order. */
  countByTheme(db: Executor, scope: ConversationScope) {
    return db
      .selectFrom('conversation_themes as t')
      .leftJoin('conversation_theme_statements as p', 'p.theme_id', 't.id')
      .leftJoin('conversation_statements as s', (join) => join.onRef('s.id', '=', 'p.statement_id').on('s.status', '=', 'accepted'))
      .select(['t.id', 't.label'])
      .select(sql<string>`count(s.id)`.as('count'))
      .where('t.organization_id', '=', scope.organizationId)
      .where('t.conversation_id', '=', scope.conversationId)
      .groupBy(['t.id', 't.label', 't.position'])
      .orderBy('t.position')
      .orderBy('t.id')
      .execute();
  },
};
