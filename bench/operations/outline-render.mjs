import { existsSync } from 'node:fs';
import { largePlanDocument, postJson } from './large-plan.mjs';

const chromiumPath = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The outline of the large plan in Debian's Chromium: the app records how long the outline's first
 * render took (performance measure "waymark:outline-first-render"). The baseline is the same
 * number of rows (530) built with plain DOM calls on a bare page, timed the same way.
 * @type {import('./index.mjs').Operation}
 */
export default {
  name: 'outline render (browser)',
  description: 'first render of the outline of the large plan in Chromium; baseline: 530 rows appended with plain DOM calls',
  budgetMs: 300,
  async prepare({ waymark, baselineUrl, root }) {
    if (!chromiumPath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
    if (!waymark.hasWebApp) throw new Error('the web application is not built (npm run build)');
    const { chromium } = await import('playwright-core');
    const body = JSON.stringify(await largePlanDocument(root));
    const { id } = await postJson(`${waymark.url}/api/districts/${waymark.organizationId}/plans/import`, body, { authorization: `Bearer ${waymark.apiToken}` });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = waymark.sessionCookie.split(';')[0].split('=');
    await context.addCookies([{ name, value, url: waymark.url }]);
    const page = await context.newPage();
    const measure = async (url, measureName) => {
      await page.goto(url);
      const handle = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.duration, measureName, { timeout: 30_000 });
      return Number(await handle.jsonValue());
    };
    let lastOutline = 0;
    let lastBaseline = 0;
    return {
      // The operation's own wall time includes navigation; the reported figure is the app's measure.
      run: async () => {
        lastOutline = await measure(`${waymark.url}/o/${waymark.organizationId}/plans/${id}`, 'waymark:outline-first-render');
      },
      baseline: async () => {
        lastBaseline = await measure(`${baselineUrl}/rows`, 'baseline:rows');
      },
      measured: () => ({ run: lastOutline, baseline: lastBaseline }),
      close: () => browser.close(),
    };
  },
};
