import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findDistrictBySlug } from '../../platform/organizations/find-organization.js';
import { readPublicSiteFacts } from '../../monitoring/public-site/read-public-site-facts.js';

/** The plan the district publishes on its progress site, for the progress page's "what we heard" link; 404 when it publishes none. */
export async function findPublishedPlan(options: { db: Kysely<DB>; slug: string }): Promise<{ slug: string; planId: string }> {
  const district = await findDistrictBySlug(options.db, options.slug);
  const site = district ? await readPublicSiteFacts(options.db, district.id) : null;
  const planId = site?.isPublished ? site.planId : null;
  if (!district || !planId) throw notFound('Plan');
  return { slug: district.slug!, planId };
}
