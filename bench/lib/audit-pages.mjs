import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * Lighthouse (pinned 12.2.3: newer ones need Node 22) against Debian's Chromium, with its default
 * mobile emulation and simulated slow network and CPU, as a family on a phone would load the page.
 * Returns each page's performance and accessibility scores (0-100) and whether they meet the
 * issue's bar (performance 95 or more, accessibility 100).
 * @param {{ pages: { name: string; url: string }[]; chromePath: string }} options
 */
export async function auditPages({ pages, chromePath }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const results = [];
    for (const page of pages) {
      const run = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const score = (id) => Math.round((run?.lhr.categories[id]?.score ?? 0) * 100);
      const failedAudits = Object.values(run?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      const performance = score('performance');
      const accessibility = score('accessibility');
      results.push({ ...page, performance, accessibility, lcpMs: Math.round(run?.lhr.audits['largest-contentful-paint']?.numericValue ?? 0), failedAudits, meetsTarget: performance >= 95 && accessibility === 100 });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

export function printAudits(results) {
  console.log('page audit (Lighthouse, mobile)        perf  a11y  LCP ms  target (perf >= 95, a11y 100)');
  for (const r of results) {
    console.log(`${r.name.padEnd(38)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.lcpMs).padStart(6)}  ${r.meetsTarget ? 'met' : `MISSED ${r.failedAudits.join(', ')}`}`);
  }
}
