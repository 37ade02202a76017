import type { Selectable } from 'kysely';
import type { PublicSitesTable } from '../tables.js';

/** The public site's settings as planners see them; version 0 when it was never saved. */
export function presentPublicSite(row: Selectable<PublicSitesTable> | undefined, slug: string) {
  return {
    planId: row?.plan_id ?? null,
    isPublished: row?.is_published ?? false,
    hiddenKeys: (row?.hidden_keys as string[] | undefined) ?? [],
    slug,
    version: row?.version ?? 0,
  };
}
