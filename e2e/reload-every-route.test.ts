import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.js';
import { demoRouteValues } from './support/demo-route-values.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { appRoutePatterns } from './support/app-routes.js';

/*
 * Every address the application shows can be reloaded, bookmarked and opened from mail: each page
 * of every domain (the list is checked against the router by src/web/app-routes.test.ts), with the
 * demo district's real ids and a measure key with a dot in it, opened and then reloaded, with
 * nothing refused by the application's Content-Security-Policy.
 */
describe.skipIf(!chromiumPath)('reloading every page of the application', () => {
  let run: FirstRun;
  let page: Page;
  const values: Record<string, string> = { token: 'no-such.token', elementKey: 'G1.M1' };
  // Whatever the application's Content-Security-Policy refused: Chromium reports it on the console.
  const refusals: string[] = [];

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Maple Grove Schools', adminName: 'Ana Ruiz', email: 'ana@maple.example' }, { loadDemo: true });
    page = run.page;
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
    });

    Object.assign(values, await demoRouteValues(page));
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  const fill = (pattern: string) => pattern.replace(/:(\w+)/g, (_, name: string) => {
    if (!values[name]) throw new Error(`no value for :${name} in ${pattern}`);
    return encodeURIComponent(values[name]!);
  });

  it.each(appRoutePatterns)('%s opens and reloads as a page of the application', async (pattern) => {
    const url = `${run.server.url}${fill(pattern)}`;
    for (const response of [await page.goto(url), await page.reload()]) {
      expect(response?.status(), url).toBe(200);
      expect(response?.headers()['content-type'], url).toMatch(/text\/html/);
      const heading = page.getByRole('heading', { level: 1 }).first();
      await heading.waitFor();
      expect(await heading.textContent(), url).not.toBe('Page not found');
    }
    await page.waitForLoadState('networkidle');
    expect(refusals.splice(0), url).toEqual([]);
  });
});
