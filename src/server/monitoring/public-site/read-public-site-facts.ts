import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { publicSiteRepo } from './public-site.repo.js';

/**
 * What other public pages (the draft page, "what we heard") read of the district's progress site:
 * which plan it publishes, whether it is published, and the parts of that plan it keeps off its
 * pages. Read only; the public site's screens write them.
 */
export async function readPublicSiteFacts(db: Kysely<DB>, organizationId: string) {
  const site = await publicSiteRepo.findSite(db, organizationId);
  return { planId: site?.plan_id ?? null, isPublished: site?.is_published === true, hiddenKeys: (site?.hidden_keys as string[] | null) ?? [] };
}

/** The parts of a plan the district keeps off its public pages (none when its site is about another plan). */
export async function readHiddenPublicKeys(db: Kysely<DB>, organizationId: string, planId: string): Promise<string[]> {
  const facts = await readPublicSiteFacts(db, organizationId);
  return facts.planId === planId ? facts.hiddenKeys : [];
}

/** The Spanish words the district wrote for a plan's public texts (the plan's own and its elements'). */
export async function listSpanishPublicTexts(db: Kysely<DB>, planId: string) {
  const rows = await publicSiteRepo.listTranslations(db, planId);
  return rows.filter((row) => row.locale === 'es' && (row.subject === 'plan' || row.subject === 'element')).map(({ subject, subject_key, field, text }) => ({ subject, subject_key, field, text }));
}
