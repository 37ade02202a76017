import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export type Executor = Kysely<DB> | Transaction<DB>;

/**
 * What a store's scope always names: the district. The rest says whose themes they are (a survey
 * question, a conversation) and only the store reads it.
 */
export interface ThemeOwner {
  organizationId: string;
}

/** Where finding the themes stands, and their version (raised by every change). */
export interface ThemeSetRow {
  status: 'running' | 'done' | 'failed';
  version: number;
  started_at: Date;
  found_at: Date | null;
  edited_at: Date | null;
  error: string | null;
}

export interface ThemeRow {
  id: string;
  label: string;
  words: unknown;
  is_label_edited: boolean;
  position: number;
  version: number;
}

/** One thing the themes sort (a survey answer, a conversation's idea), with where it was placed. */
export interface ThemeItemRow {
  id: string;
  text: string;
  theme_id: string | null;
  rank: number | null;
  /** False for items that arrived after the themes were found: in no theme, not even "not sorted". */
  is_placed: boolean;
}

/** A new theme as the finder or a split made it. */
export interface NewTheme {
  label: string;
  words: string[];
  position: number;
}

/** Where one item goes: a theme, or none ("not sorted"). */
export interface ItemPlacement {
  itemId: string;
  themeId: string | null;
  rank: number;
}

/**
 * The storage every themes use-case works through, whatever it sorts: the survey answers' and the
 * conversation ideas' repositories each implement it over their own tables.
 */
export interface ThemeStore<S extends ThemeOwner, Item extends ThemeItemRow> {
  /** The theme set, locked in a transaction so two changes of the same themes take turns. */
  findSet(db: Executor, scope: S, options?: { lock?: boolean }): Promise<ThemeSetRow | undefined>;
  /** Marks the set as being found now (made if new); its version stays until the themes are saved. */
  startRun(trx: Transaction<DB>, scope: S, requestedBy: string | null): Promise<void>;
  failRun(trx: Transaction<DB>, scope: S, error: string): Promise<unknown>;
  /** Raises the set's version after a change; `edited` when the change was the team's own. */
  bumpSet(trx: Transaction<DB>, scope: S, change: { found?: boolean; edited?: boolean }): Promise<{ version: number }>;
  /** The themes in their order. */
  listThemes(db: Executor, scope: S): Promise<ThemeRow[]>;
  findTheme(db: Executor, scope: S, themeId: string): Promise<ThemeRow | undefined>;
  /** Every item there is to sort, with its theme (if placed), in the order they came in. */
  listItems(db: Executor, scope: S): Promise<Item[]>;
  /** The ids among these that are items here: the rest do not exist (or are not sorted by themes). */
  existingItemIds(db: Executor, scope: S, itemIds: readonly string[]): Promise<Set<string>>;
  /** Removes the themes and placements: finding themes again starts from nothing. */
  clearThemes(trx: Transaction<DB>, scope: S): Promise<void>;
  insertTheme(trx: Transaction<DB>, scope: S, theme: NewTheme): Promise<string>;
  /** Places items (insert or move). */
  place(trx: Transaction<DB>, scope: S, placements: readonly ItemPlacement[]): Promise<void>;
  /** The next rank after the theme's last item: items moved in come after the ones found there. */
  nextRank(db: Executor, scope: S, themeId: string | null): Promise<number>;
  /** Changes a theme if it is still at `version`; undefined when someone changed it meanwhile. */
  updateTheme(trx: Transaction<DB>, scope: S, themeId: string, version: number, values: { label?: string; words?: string[]; is_label_edited?: boolean }): Promise<{ id: string } | undefined>;
  /** Makes room at `position` by moving the themes from there on one place down. */
  shiftPositions(trx: Transaction<DB>, scope: S, fromPosition: number): Promise<unknown>;
  deleteThemes(trx: Transaction<DB>, scope: S, themeIds: readonly string[]): Promise<unknown>;
}
