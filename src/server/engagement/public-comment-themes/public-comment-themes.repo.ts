import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../themes/theme-store.js';
import { themeTableStore } from '../themes/theme-table-store.repo.js';
import { dispositionColumns, type DispositionValues } from '../public-comment/public-comments.repo.js';
import '../public-comment/public-comment-tables.js';

/** A window's comment themes are keyed by the window, always within its district and plan. */
export interface CommentWindowScope {
  organizationId: string;
  planId: string;
  periodId: string;
}

/**
 * The sets, themes and placements: the same for every kind of themes but for the names. Clearing
 * the themes takes their dispositions with them.
 */
const themeTables = themeTableStore({
  sets: 'public_comment_theme_sets',
  themes: 'public_comment_themes',
  placements: 'public_comment_theme_comments',
  owner: (scope: CommentWindowScope) => ({ period_id: scope.periodId }),
  item: 'comment_id',
  placementKey: ['comment_id'],
});

/**
 * The window's comments that are themed: pending and accepted ones (an unconfirmed address or a
 * hidden comment is no input yet, or no more). Only the body is themed: a quote repeats the draft.
 */
function selectComments(db: Executor, scope: CommentWindowScope) {
  return db
    .selectFrom('public_comments as c')
    .leftJoin('public_comment_theme_comments as p', 'p.comment_id', 'c.id')
    .select(['c.id', 'c.body as text', 'c.quote', 'c.element_key', 'c.language', 'c.status', 'c.disposition', 'c.created_at', 'p.theme_id', 'p.rank'])
    .select(sql<boolean>`p.comment_id is not null`.as('is_placed'))
    .where('c.organization_id', '=', scope.organizationId)
    .where('c.plan_id', '=', scope.planId)
    .where('c.period_id', '=', scope.periodId)
    .where('c.status', 'in', ['pending', 'accepted']);
}
export type ThemedCommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>['executeTakeFirstOrThrow']>>;

/** The public comments' theme store (theme-store.ts), and each theme's disposition. */
export const publicCommentThemesRepo = {
  ...themeTables,

  findWindow(db: Executor, scope: CommentWindowScope) {
    return db.selectFrom('public_comment_periods').select(['id', 'plan_id']).where('organization_id', '=', scope.organizationId).where('plan_id', '=', scope.planId).where('id', '=', scope.periodId).executeTakeFirst();
  },

  /** Every themed comment of the window with its theme (if placed), oldest first. */
  listItems(db: Executor, scope: CommentWindowScope) {
    return selectComments(db, scope).orderBy('c.created_at').orderBy('c.id').execute();
  },

  /** The ids among these that are themed comments of the window: the rest do not exist here (or are hidden, or unconfirmed). */
  async existingItemIds(db: Executor, scope: CommentWindowScope, commentIds: readonly string[]) {
    if (commentIds.length === 0) return new Set<string>();
    const rows = await selectComments(db, scope).where('c.id', 'in', [...commentIds]).execute();
    return new Set(rows.map((row) => row.id));
  },

  /** Each theme's disposition, with the name of who recorded it. */
  listDispositions(db: Executor, scope: CommentWindowScope) {
    return db
      .selectFrom('public_comment_themes as t')
      .leftJoin('users as u', 'u.id', 't.disposed_by')
      .select(['t.id', 't.disposition', 't.disposition_note', 't.changed_keys', 't.disposed_at', 'u.name as disposed_by_name'])
      .where('t.organization_id', '=', scope.organizationId)
      .where('t.period_id', '=', scope.periodId)
      .execute();
  },

  /** Records a theme's disposition if the theme is still at `version`; undefined when someone changed it meanwhile. */
  setDisposition(trx: Transaction<DB>, scope: CommentWindowScope, themeId: string, version: number, values: DispositionValues) {
    return themeTables.changeTheme(trx, scope, themeId, version, dispositionColumns(values));
  },

  /** A theme's disposition as it stands, for the audit's "before" and a 409's answer. */
  findDisposition(db: Executor, scope: CommentWindowScope, themeId: string) {
    return db
      .selectFrom('public_comment_themes')
      .select(['id', 'label', 'version', 'disposition', 'disposition_note', 'changed_keys'])
      .where('organization_id', '=', scope.organizationId)
      .where('period_id', '=', scope.periodId)
      .where('id', '=', themeId)
      .executeTakeFirst();
  },
};
