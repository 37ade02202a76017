import { sql, type Kysely, type Transaction, type UpdateObject } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor, ItemPlacement, NewTheme, ThemeOwner, ThemeRow, ThemeSetRow, ThemeStore } from './theme-store.js';

/** The tables of DB whose rows have at least these columns. */
type TableWith<Shape> = { [T in keyof DB]: DB[T] extends Shape ? T : never }[keyof DB];

/** A table of theme sets: where finding one owner's themes stands. */
export type ThemeSetTable = TableWith<{ organization_id: string; status: unknown; requested_by: unknown; started_at: unknown; found_at: unknown; error: unknown; edited_at: unknown; version: unknown }>;
/** A table of themes, in their order. */
export type ThemeTable = TableWith<{ id: unknown; organization_id: string; label: string; words: unknown; is_label_edited: unknown; position: number; version: unknown; updated_at: unknown }>;
/** A table of placements: which theme each item is in (theme_id null: "not sorted"). */
export type ThemePlacementTable = TableWith<{ organization_id: string; theme_id: string | null; rank: unknown }>;

/**
 * The tables one kind's themes live in, and the columns that tell one owner's themes from
 * another's (`conversation_id`; `survey_id` and `question_key`): the three tables all have them.
 */
export interface ThemeTables<S extends ThemeOwner, Sets extends ThemeSetTable, Themes extends ThemeTable, Placements extends ThemePlacementTable> {
  sets: Sets;
  themes: Themes;
  placements: Placements;
  /** The owner's columns and their values in a scope; they are also the sets' unique key. */
  owner(scope: S): Partial<Record<Exclude<keyof DB[Sets] & keyof DB[Themes] & keyof DB[Placements] & string, 'organization_id'>, string>>;
  /** The column naming the item placed (`statement_id`). */
  item: keyof DB[Placements] & string;
  /** The placements' unique key (the item, and for survey answers the question too). */
  placementKey: ReadonlyArray<keyof DB[Placements] & string>;
}

/** The ThemeStore methods that are the same for every kind; each kind adds its own items. */
export type ThemeTableStore<S extends ThemeOwner, Themes extends ThemeTable> = Omit<ThemeStore<S, never>, 'listItems' | 'existingItemIds'> & {
  /**
   * Changes a theme if it is still at `version` (raising it); undefined when someone changed it
   * meanwhile. For a kind's own columns of a theme (a disposition), with the same guard as renames.
   */
  changeTheme(trx: Transaction<DB>, scope: S, themeId: string, version: number, values: UpdateObject<DB, Themes>): Promise<{ id: string; version: number } | undefined>;
};

const INSERT_SLICE = 1000;

/**
 * The storage of theme sets, themes and placements over one kind's three tables (theme-store.ts),
 * written once for survey answers, conversation ideas and public comments. The kind's repository
 * spreads these into its own, next to the queries only it has (its items, their counts).
 *
 * Kysely types a query by its literal table names; three tables named by a parameter are beyond
 * it. So the queries here run on an untyped view of the same database (`Kysely<any>`), and what
 * keeps them right is the constraints above (the tables must have these columns) and the
 * ThemeStore return types. Those casts stay in this file.
 */
export function themeTableStore<S extends ThemeOwner, Sets extends ThemeSetTable, Themes extends ThemeTable, Placements extends ThemePlacementTable>(
  tables: ThemeTables<S, Sets, Themes, Placements>,
): ThemeTableStore<S, Themes> {
  const untyped = (db: Executor) => db as unknown as Kysely<any>;
  // Plain strings from here: Kysely<any> resolves them, but not the names' type parameters.
  const names: { sets: string; themes: string; placements: string; item: string; placementKey: readonly string[] } = tables;
  const owner = (scope: S): Array<[string, string]> => Object.entries(tables.owner(scope)).filter((entry): entry is [string, string] => entry[1] !== undefined);
  // Every query names the district first, then the owner: a scope never reaches another district's rows.
  const ofOwner = <Q extends { where(lhs: string, op: '=', rhs: string): unknown }>(query: Q, scope: S): Q =>
    owner(scope).reduce((narrowed, [column, value]) => narrowed.where(column, '=', value) as Q, query.where('organization_id', '=', scope.organizationId) as Q);
  const ownerValues = (scope: S) => ({ organization_id: scope.organizationId, ...Object.fromEntries(owner(scope)) });
  const selectThemes = (db: Executor, scope: S) => ofOwner(untyped(db).selectFrom(names.themes).select(['id', 'label', 'words', 'is_label_edited', 'position', 'version']), scope);

  const changeTheme: ThemeTableStore<S, Themes>['changeTheme'] = (trx, scope, themeId, version, values) =>
    ofOwner(untyped(trx).updateTable(names.themes).set({ ...(values as object), version: sql`version + 1`, updated_at: sql`now()` }), scope)
      .where('id', '=', themeId)
      .where('version', '=', version)
      .returning(['id', 'version'])
      .executeTakeFirst();

  return {
    async findSet(db, scope, options = {}) {
      const query = ofOwner(untyped(db).selectFrom(names.sets).selectAll(), scope);
      return (await (options.lock ? query.forUpdate() : query).executeTakeFirst()) as ThemeSetRow | undefined;
    },

    async startRun(trx, scope, requestedBy) {
      await untyped(trx)
        .insertInto(names.sets)
        .values({ ...ownerValues(scope), status: 'running', requested_by: requestedBy, found_at: null, error: null, edited_at: null })
        .onConflict((oc) => oc.columns(owner(scope).map(([column]) => column)).doUpdateSet({ status: 'running', requested_by: requestedBy, started_at: sql`now()`, error: null }))
        .execute();
    },

    failRun(trx, scope, error) {
      return ofOwner(untyped(trx).updateTable(names.sets).set({ status: 'failed', error }), scope).execute();
    },

    bumpSet(trx, scope, change) {
      const query = untyped(trx)
        .updateTable(names.sets)
        .set({
          version: sql`version + 1`,
          ...(change.found ? { status: 'done', found_at: sql`now()`, error: null, edited_at: null } : {}),
          ...(change.edited ? { edited_at: sql`now()` } : {}),
        });
      return ofOwner(query, scope).returning(['version']).executeTakeFirstOrThrow() as Promise<{ version: number }>;
    },

    listThemes(db, scope) {
      return selectThemes(db, scope).orderBy('position').orderBy('id').execute() as Promise<ThemeRow[]>;
    },

    findTheme(db, scope, themeId) {
      return selectThemes(db, scope).where('id', '=', themeId).executeTakeFirst() as Promise<ThemeRow | undefined>;
    },

    async clearThemes(trx, scope) {
      await ofOwner(untyped(trx).deleteFrom(names.placements), scope).execute();
      await ofOwner(untyped(trx).deleteFrom(names.themes), scope).execute();
    },

    async insertTheme(trx, scope, theme: NewTheme) {
      const { id } = await untyped(trx)
        .insertInto(names.themes)
        .values({ ...ownerValues(scope), label: theme.label, words: JSON.stringify(theme.words), position: theme.position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id as string;
    },

    /** In slices, so thousands of items stay within PostgreSQL's parameter limit. */
    async place(trx, scope, placements: readonly ItemPlacement[]) {
      for (let start = 0; start < placements.length; start += INSERT_SLICE) {
        const slice = placements.slice(start, start + INSERT_SLICE);
        await untyped(trx)
          .insertInto(names.placements)
          .values(slice.map((p) => ({ [names.item]: p.itemId, ...ownerValues(scope), theme_id: p.themeId, rank: p.rank })))
          .onConflict((oc) => oc.columns([...names.placementKey]).doUpdateSet({ theme_id: sql`excluded.theme_id`, rank: sql`excluded.rank` }))
          .execute();
      }
    },

    async nextRank(db, scope, themeId) {
      const query = ofOwner(untyped(db).selectFrom(names.placements).select(sql<number>`coalesce(max(rank), -1) + 1`.as('next')), scope);
      const row = await (themeId === null ? query.where('theme_id', 'is', null) : query.where('theme_id', '=', themeId)).executeTakeFirstOrThrow();
      return Number(row.next);
    },

    updateTheme(trx, scope, themeId, version, values) {
      return changeTheme(trx, scope, themeId, version, {
        ...(values.label !== undefined ? { label: values.label } : {}),
        ...(values.words !== undefined ? { words: JSON.stringify(values.words) } : {}),
        ...(values.is_label_edited !== undefined ? { is_label_edited: values.is_label_edited } : {}),
      } as UpdateObject<DB, Themes>);
    },

    changeTheme,

    shiftPositions(trx, scope, fromPosition) {
      return ofOwner(untyped(trx).updateTable(names.themes).set({ position: sql`position + 1` }), scope).where('position', '>=', fromPosition).execute();
    },

    deleteThemes(trx, scope, themeIds) {
      if (themeIds.length === 0) return Promise.resolve([]);
      return ofOwner(untyped(trx).deleteFrom(names.themes), scope).where('id', 'in', [...themeIds]).execute();
    },
  };
}
