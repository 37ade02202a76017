import { findChromium } from '../../scripts/find-chromium.mjs';
import { jsonRequest } from './http.mjs';
import { auditPages } from './audit-pages.mjs';

/**
 * Publishes the large plan the dashboard scenario built (three years of monthly results for every
 * group) and audits the district's public page and its first goal's page with Lighthouse. Skipped,
 * with a word, when there is no Chromium or the dashboard scenario did not run.
 */
export async function auditPublicPages(context) {
  const { waymark, shared } = context;
  const chromePath = findChromium();
  if (!chromePath || !shared.largePlanId) {
    console.log(`Public page audit skipped: ${chromePath ? 'the dashboard scenario did not run' : 'no Chromium (install Debian\'s chromium)'}.`);
    return [];
  }
  const auth = { authorization: `Bearer ${waymark.apiToken}` };
  const site = (await waymark.send({ path: `/api/districts/${waymark.organizationId}/public-site`, headers: auth })).json;
  await waymark.send(jsonRequest('PUT', `/api/districts/${waymark.organizationId}/public-site`, { planId: shared.largePlanId, isPublished: true, hiddenKeys: [], version: site.version }, auth));
  const base = `${waymark.url}/p/${encodeURIComponent(site.slug)}`;
  console.log('Auditing the public pages with Lighthouse...');
  return auditPages({
    chromePath,
    pages: [
      { name: 'public page (large plan)', url: base },
      { name: 'public goal page (8 measures, 9 groups)', url: `${base}/goals/G1` },
      { name: 'public page in Spanish', url: `${base}?lang=es` },
    ],
  });
}
