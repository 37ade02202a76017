import type { ThemedSubject, ThemeRead } from './theme-kind.js';
import type { ThemeItemRow, ThemeOwner, ThemeRow } from './theme-store.js';

/** A run that has said nothing for this long died with its process (a restart): it may start again. */
export const RUN_GIVES_UP_AFTER_MS = 10 * 60 * 1000;

export type ThemesStatus = 'none' | 'running' | 'done' | 'failed';

export interface ThemesNow<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject> {
  scope: S;
  subject: Subject;
  status: ThemesStatus;
  error: string | null;
  startedAt: Date | null;
  foundAt: Date | null;
  editedAt: Date | null;
  version: number;
  /** Every item, in the order they came in. */
  items: Item[];
  /** Each theme with its items, nearest the theme's centre first. */
  themes: Array<{ theme: ThemeRow; items: Item[] }>;
}

/**
 * Themes as the team sees them: where finding them stands, each theme with its items, and every
 * item (those in no theme, or arrived since, are there too). No counts by group here: themes are
 * the planning team's reading aid, not results, and never leave through the results' rule. What
 * each kind shows of this (counts and samples, or every idea) is its presenter's choice.
 */
export async function readThemes<S extends ThemeOwner, Item extends ThemeItemRow, Subject extends ThemedSubject>(
  options: ThemeRead<S, Item, Subject>,
  now = new Date(),
): Promise<ThemesNow<S, Item, Subject>> {
  const { kind, db, scope } = options;
  const subject = await kind.load(db, scope);
  const [set, themes, items] = await Promise.all([kind.store.findSet(db, scope), kind.store.listThemes(db, scope), kind.store.listItems(db, scope)]);
  const inTheme = new Map<string, Item[]>(themes.map((theme) => [theme.id, []]));
  for (const item of items) if (item.theme_id) inTheme.get(item.theme_id)?.push(item);
  const interrupted = set?.status === 'running' && now.getTime() - new Date(set.started_at).getTime() > RUN_GIVES_UP_AFTER_MS;
  return {
    scope,
    subject,
    status: !set ? 'none' : interrupted ? 'failed' : set.status,
    error: interrupted ? 'interrupted' : (set?.error ?? null),
    startedAt: set ? new Date(set.started_at) : null,
    foundAt: set?.found_at ? new Date(set.found_at) : null,
    editedAt: set?.edited_at ? new Date(set.edited_at) : null,
    version: set?.version ?? 0,
    items,
    // A stable sort: items of the same rank stay in the order they came in.
    themes: themes.map((theme) => ({ theme, items: [...(inTheme.get(theme.id) ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)) })),
  };
}
