import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { escapeHtml } from './escape-html.js';

export interface PdfPrinter {
  /** Prints a self-contained HTML page to a Letter-size PDF with "Page n of m" in the footer. */
  print(html: string, options: { footerText: string }): Promise<Buffer>;
  /**
   * Draws an SVG as a PNG at twice its size (sharp on paper): a Word file wants a bitmap beside a
   * chart's SVG. Null when the server has no Chromium, so the Word file can carry the chart's table
   * instead of failing.
   */
  drawPng(svg: string, size: { width: number; height: number }): Promise<Buffer | null>;
  /** Closes the browser, if one was launched. */
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Each print holds a page of a few tens of MB; two at a time keeps a small server responsive.
const MAX_CONCURRENT_PRINTS = 2;

/**
 * Prints with Chromium through playwright-core. The browser is launched on the first print, not
 * at start-up (most servers never print), then kept for the app's life: a launch costs about a
 * second, a print of a plan a fraction of one.
 */
export function createPdfPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  const executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: Promise<Browser> | null = null;
  const slots = createSlots(MAX_CONCURRENT_PRINTS);

  const launch = (): Promise<Browser> => {
    if (!existsSync(executablePath)) return Promise.reject(chromiumMissing());
    browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS }).then(
      (launched) => {
        launched.on('disconnected', () => (browser = null));
        return launched;
      },
      (error: unknown) => {
        browser = null;
        throw chromiumMissing(error);
      },
    );
    return browser;
  };

  return {
    async print(html, { footerText }) {
      return slots.run(async () => {
        const context = await (await launch()).newContext({ javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          // The page is self-contained; nothing it names may be fetched.
          await page.route('**/*', (route) => route.abort());
          await page.setContent(html, { waitUntil: 'load' });
          return await page.pdf({
            format: 'Letter',
            printBackground: true,
            tagged: true,
            outline: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: footerOf(footerText, html),
            margin: { top: '0.75in', bottom: '0.8in', left: '0.75in', right: '0.75in' },
          });
        } finally {
          await context.close();
        }
      });
    },
    async drawPng(svg, { width, height }) {
      const launched = await launch().catch(() => null);
      if (!launched) return null;
      return slots.run(async () => {
        const context = await launched.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2, viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.route('**/*', (route) => route.abort());
          await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`, { waitUntil: 'load' });
          return await page.locator('svg').first().screenshot({ type: 'png' });
        } finally {
          await context.close();
        }
      });
    },
    async close() {
      const launched = browser;
      browser = null;
      if (launched) await (await launched.catch(() => null))?.close();
    },
  };
}

/** "Page 2 of 6" in the document's own language (its `<html lang>`), after the footer's text. */
export function footerOf(footerText: string, html: string): string {
  const isSpanish = /<html[^>]*\slang="es/i.test(html.slice(0, 300));
  const [page, of] = isSpanish ? ['Página', 'de'] : ['Page', 'of'];
  return `<div style="font-size:8pt;color:#4b5563;width:100%;text-align:center;font-family:Arial,sans-serif">${escapeHtml(footerText)} · ${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span></div>`;
}

const shared = new WeakMap<object, PdfPrinter>();

/**
 * The one printer of an app, whichever resource asks first: one browser per server rather than one
 * per resource. `owner` is what identifies the app (its AppContext); the browser closes with the app.
 */
export function sharedPdfPrinter(owner: object, app: FastifyInstance): PdfPrinter {
  let printer = shared.get(owner);
  if (!printer) {
    const created = createPdfPrinter();
    shared.set(owner, created);
    app.addHook('onClose', async () => {
      shared.delete(owner);
      await created.close();
    });
    printer = created;
  }
  return printer;
}

/** 503: the server lacks what the request needs; an operator reads the message in the log and the response. */
function chromiumMissing(cause?: unknown): AppError {
  const error = new AppError('unavailable', 'PDF export needs Chromium on the server: apt-get install chromium');
  if (cause) error.cause = cause;
  return error;
}

function createSlots(size: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      try {
        return await task();
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
  };
}
