import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoutePatterns } from './support/app-routes.js';
import { chromiumPath, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { demoRouteValues } from './support/demo-route-values.js';
import { englishOnlyWords, TypedTexts, wordsOf } from './support/english-words.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/*
 * Spanish all through: with the page switched to Spanish, every screen of the application (the
 * same list the reload test opens, on the demo district) and the public progress page on a phone
 * show no word that only the English catalogue uses. What people typed (the demo's English plan
 * titles and names, read from the API answers the screens received) is theirs and is not judged;
 * text the page itself marks as English (lang="en", such as "English" in the language menu, or
 * an untranslated title on the public page) is said to be English and is not judged either.
 */
describe.skipIf(!chromiumPath)('every screen in Spanish', () => {
  let run: FirstRun;
  let page: Page;
  let englishOnly: Set<string>;
  const typed = new TypedTexts();
  const values: Record<string, string> = { token: 'no-such.token', elementKey: 'G1.M1' };

  beforeAll(async () => {
    englishOnly = await englishOnlyWords();
    run = await openFirstRun({ name: 'Maple Grove Schools', adminName: 'Ana Ruiz', email: 'ana@maple.example' }, { loadDemo: true });
    page = run.page;
    page.on('response', async (response) => {
      if (!response.url().includes('/api/') || !(response.headers()['content-type'] ?? '').includes('json')) return;
      typed.collect(await response.json().catch(() => null));
    });
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('link', { name: 'Resumen' }).first().waitFor();

    typed.collect((await callApi(page, 'GET', '/api/auth/session')).body);
    Object.assign(values, await demoRouteValues(page));
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  const fill = (pattern: string) => pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name]!));

  /** The English-only words a reader sees or hears on the page now, each with the text it stands in. */
  const englishLeftOn = async (target: Page): Promise<string[]> => {
    const texts = await target.evaluate(() => {
      const isEnglish = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
      const seen: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('script, style, noscript, code, pre, textarea') || isEnglish(parent)) continue;
        if (!parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && !parent.closest('.visually-hidden, .sr-only')) continue;
        seen.push(node.textContent.trim());
      }
      for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
        if (isEnglish(element)) continue;
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = element.getAttribute(name);
          if (value) seen.push(value);
        }
      }
      seen.push(document.title);
      return seen;
    });
    return texts.flatMap((text) => typed.englishLeftIn(text, englishOnly).map((word) => `"${word}" in "${text.slice(0, 120)}"`));
  };

  it('switched the page to Spanish', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(englishOnly.has('overview')).toBe(true);
    expect(englishOnly.has('plan')).toBe(false);
    // An identifier on screen (a tracker's short id) is not English words, whatever letters it holds.
    expect(wordsOf('Tracker 0ac01add: add it')).toEqual(['tracker', 'add']);
  });

  it.each(appRoutePatterns)('%s shows no English from the catalogue', async (pattern) => {
    await page.goto(`${run.server.url}${fill(pattern)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Let the page's data arrive (and its texts be known as typed) before reading what it says.
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading'), undefined, { timeout: 15_000 }).catch(() => undefined);
    expect(await englishLeftOn(page), pattern).toEqual([]);
  });

  it('the public progress page reads in Spanish on a phone, group names in the chart legends included', async () => {
    const phone = await run.browser.newPage({ viewport: PHONE });
    try {
      for (const path of [`/p/${values.slug}?lang=es`, `/p/${values.slug}/goals/G1?lang=es`]) {
        const response = await phone.goto(`${run.server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await phone.evaluate(() => document.documentElement.lang), path).toBe('es');
        expect(await englishLeftOn(phone), path).toEqual([]);
      }
      const legends = await phone.locator('svg text, table th').allTextContents();
      expect(legends.join(' ')).not.toMatch(/All students|English learners/);
      await screenshot(phone, 'spanish-public-goal-phone');
    } finally {
      await phone.close();
    }
  });
});
