import type { ThemesNow } from './read-themes.js';
import type { ThemeRow } from './theme-store.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Where finding the themes stands, as every kind of themes shows it. */
export function presentThemeSet(read: Pick<ThemesNow<never, never, never>, 'status' | 'error' | 'startedAt' | 'foundAt' | 'editedAt' | 'version'>) {
  return {
    status: read.status,
    error: read.error,
    started_at: iso(read.startedAt),
    found_at: iso(read.foundAt),
    edited_at: iso(read.editedAt),
    version: read.version,
  };
}

/** A theme's name and words (its count, items and version follow in each kind's own shape). */
export function presentThemeHead(theme: ThemeRow) {
  return {
    id: theme.id,
    label: theme.label,
    words: Array.isArray(theme.words) ? (theme.words as string[]) : [],
    is_label_edited: theme.is_label_edited,
  };
}
