import type { Selectable } from 'kysely';
import { readStoredPageTexts } from '../../../core/engagement/page-texts.js';
import type { EngagementSettingsTable } from '../tables.js';

/** The defaults of migration 0018, for a district that never saved its settings. */
export const DEFAULT_ENGAGEMENT_SETTINGS = { respondent_threshold: 5, representation_gap: 10 } as const;

export function presentEngagementSettings(row: Selectable<EngagementSettingsTable> | undefined) {
  if (!row) return { ...DEFAULT_ENGAGEMENT_SETTINGS, page_texts: {}, version: 1, updated_at: null };
  return {
    respondent_threshold: row.respondent_threshold,
    representation_gap: row.representation_gap,
    page_texts: readStoredPageTexts(row.page_texts),
    version: row.version,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}
