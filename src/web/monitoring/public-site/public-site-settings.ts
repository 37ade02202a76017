/**
 * The district's public-site settings as GET /api/districts/:id/public-site sends them; shared by
 * the page and its links section, kept apart so neither imports the other.
 */
export interface PublicSiteSettings {
  planId: string | null;
  isPublished: boolean;
  hiddenKeys: string[];
  slug: string;
  version: number;
}
