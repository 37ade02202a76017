import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network. */
export const chromiumPath = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
});

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 740 };

/** Runs axe-core in the page (WCAG 2.1 A and AA rules) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // Colours caught half-way through a hover or press transition are not what people read. The
  // application's CSP refuses inline <style> and <script> (addStyleTag, addScriptTag): a constructed
  // stylesheet and an evaluated script are not inline content, so the page's policy stays as served.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  expect(violations, `axe-core on ${label}`).toEqual([]);
}

/** Saves a screenshot for people to look at (test-results/screens), at the page's current size. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * The page on screen checked by axe and shot at desktop and phone width, back at desktop after.
 * Scrolled to the top first: a full-page shot taken scrolled down draws the sticky header mid-page.
 */
export async function checkAndShoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page, name);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, `${name} on a phone`);
  await screenshot(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}
