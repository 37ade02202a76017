import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor, ItemPlacement, NewTheme } from '../themes/theme-store.js';
import './conversation-themes-tables.js';

/** A conversation's themes are keyed by the conversation, always within its district. */
export interface ConversationScope {
  organizationId: string;
  conversationId: string;
}

const INSERT_SLICE = 1000;

function selectThemes(db: Executor, scope: ConversationScope) {
  return db
    .selectFrom('conversation_themes')
    .select(['id', 'label', 'words', 'is_label_edited', 'position', 'version'])
    .where('organization_id', '=', scope.organizationId)
    .where('conversation_id', '=', scope.conversationId);
}

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
  findConversation(db: Executor, scope: ConversationScope) {
    return db.selectFrom('conversations').select(['id', 'prompt', 'mode']).where('organization_id', '=', scope.organizationId).where('id', '=', scope.conversationId).executeTakeFirst();
  },

  /** The conversation's theme set, locked in a transaction so two changes of its themes take turns. */
  findSet(db: Executor, scope: ConversationScope, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('conversation_theme_sets').selectAll().where('organization_id', '=', scope.organizationId).where('conversation_id', '=', scope.conversationId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** Marks the set as being found now (made if new); its version stays until the themes are saved. */
  async startRun(trx: Transaction<DB>, scope: ConversationScope, requestedBy: string | null) {
    await trx
      .insertInto('conversation_theme_sets')
      .values({ organization_id: scope.organizationId, conversation_id: scope.conversationId, status: 'running', requested_by: requestedBy, found_at: null, error: null, edited_at: null })
      .onConflict((oc) => oc.column('conversation_id').doUpdateSet({ status: 'running', requested_by: requestedBy, started_at: sql`now()`, error: null }))
      .execute();
  },

  failRun(trx: Transaction<DB>, scope: ConversationScope, error: string) {
    return trx.updateTable('conversation_theme_sets').set({ status: 'failed', error }).where('organization_id', '=', scope.organizationId).where('conversation_id', '=', scope.conversationId).execute();
  },

  /** Raises the set's version after a change; `edited` when the change was the team's own. */
  bumpSet(trx: Transaction<DB>, scope: ConversationScope, change: { found?: boolean; edited?: boolean }) {
    return trx
      .updateTable('conversation_theme_sets')
      .set({
        version: sql`version + 1`,
        ...(change.found ? { status: 'done' as const, found_at: sql`now()`, error: null, edited_at: null } : {}),
        ...(change.edited ? { edited_at: sql`now()` } : {}),
      })
      .where('organization_id', '=', scope.organizationId)
      .where('conversation_id', '=', scope.conversationId)
      .returning(['version'])
      .executeTakeFirstOrThrow();
  },

  listThemes(db: Executor, scope: ConversationScope) {
    return selectThemes(db, scope).orderBy('position').orderBy('id').execute();
  },

  findTheme(db: Executor, scope: ConversationScope, themeId: string) {
    return selectThemes(db, scope).where('id', '=', themeId).executeTakeFirst();
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

  /** Removes the conversation's themes and placements: finding themes again starts from nothing. */
  async clearThemes(trx: Transaction<DB>, scope: ConversationScope) {
    await trx.deleteFrom('conversation_theme_statements').where('organization_id', '=', scope.organizationId).where('conversation_id', '=', scope.conversationId).execute();
    await trx.deleteFrom('conversation_themes').where('organization_id', '=', scope.organizationId).where('conversation_id', '=', scope.conversationId).execute();
  },

  async insertTheme(trx: Transaction<DB>, scope: ConversationScope, theme: NewTheme) {
    const { id } = await trx
      .insertInto('conversation_themes')
      .values({ organization_id: scope.organizationId, conversation_id: scope.conversationId, label: theme.label, words: JSON.stringify(theme.words), position: theme.position })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Places statements (insert or move), in slices so thousands stay within PostgreSQL's parameter limit. */
  async place(trx: Transaction<DB>, scope: ConversationScope, placements: readonly ItemPlacement[]) {
    for (let start = 0; start < placements.length; start += INSERT_SLICE) {
      const slice = placements.slice(start, start + INSERT_SLICE);
      await trx
        .insertInto('conversation_theme_statements')
        .values(slice.map((p) => ({ statement_id: p.itemId, organization_id: scope.organizationId, conversation_id: scope.conversationId, theme_id: p.themeId, rank: p.rank })))
        .onConflict((oc) => oc.column('statement_id').doUpdateSet({ theme_id: sql`excluded.theme_id`, rank: sql`excluded.rank` }))
        .execute();
    }
  },

  /** The next rank after the theme's last statement: statements moved in come after the ones found there. */
  async nextRank(db: Executor, scope: ConversationScope, themeId: string | null) {
    const query = db
      .selectFrom('conversation_theme_statements')
      .select(sql<number>`coalesce(max(rank), -1) + 1`.as('next'))
      .where('organization_id', '=', scope.organizationId)
      .where('conversation_id', '=', scope.conversationId);
    const row = await (themeId === null ? query.where('theme_id', 'is', null) : query.where('theme_id', '=', themeId)).executeTakeFirstOrThrow();
    return Number(row.next);
  },

  /** Changes a theme if it is still at `version`; undefined when someone changed it meanwhile. */
  updateTheme(trx: Transaction<DB>, scope: ConversationScope, themeId: string, version: number, values: { label?: string; words?: string[]; is_label_edited?: boolean }) {
    return trx
      .updateTable('conversation_themes')
      .set({
        ...(values.label !== undefined ? { label: values.label } : {}),
        ...(values.words !== undefined ? { words: JSON.stringify(values.words) } : {}),
        ...(values.is_label_edited !== undefined ? { is_label_edited: values.is_label_edited } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('organization_id', '=', scope.organizationId)
      .where('conversation_id', '=', scope.conversationId)
      .where('id', '=', themeId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  /** Makes room at `position` by moving the themes from there on one place down. */
  shiftPositions(trx: Transaction<DB>, scope: ConversationScope, fromPosition: number) {
    return trx
      .updateTable('conversation_themes')
      .set({ position: sql`position + 1` })
      .where('organization_id', '=', scope.organizationId)
      .where('conversation_id', '=', scope.conversationId)
      .where('position', '>=', fromPosition)
      .execute();
  },

  deleteThemes(trx: Transaction<DB>, scope: ConversationScope, themeIds: readonly string[]) {
    if (themeIds.length === 0) return Promise.resolve([]);
    return trx
      .deleteFrom('conversation_themes')
      .where('organization_id', '=', scope.organizationId)
      .where('conversation_id', '=', scope.conversationId)
      .where('id', 'in', [...themeIds])
      .execute();
  },
};
