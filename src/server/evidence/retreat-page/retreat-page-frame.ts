import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { retreatWordsIn } from './retreat-page-messages.js';
import { retreatPageStyles } from './retreat-page-styles.js';

/**
 * The room page's outer HTML, shaped as the conversation page's frame (the same skeleton, skip
 * link, district name on top and footer) but with the room's stylesheet: the conversation frame
 * inlines its own stylesheet, which the room extends, so only this skeleton is the room's own.
 */
export function retreatPageFrame(options: { locale: Locale; title: string; organizationName: string; body: string; scriptPath?: string }): string {
  const word = retreatWordsIn(options.locale);
  const script = options.scriptPath ? `<script src="${escapeHtml(options.scriptPath)}" defer></script>` : '';
  return `<!doctype html>
<html lang="${options.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(options.title)}</title>
<style>${retreatPageStyles}</style>
${script}
</head>
<body>
<a class="skip" href="#main">${escapeHtml(word('skip'))}</a>
${options.organizationName ? `<header class="site"><div class="wrap"><p class="org">${escapeHtml(options.organizationName)}</p></div></header>` : ''}
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
<footer class="site"><div class="wrap">${escapeHtml(word('poweredBy'))}</div></footer>
</body>
</html>`;
}

/** The page for a code that is no room (404) or a room the facilitator closed (410), in the reader's language. */
export function renderMissingRetreatPage(options: { locale: Locale; status: 404 | 410; organizationName?: string; languageLinks?: string }): string {
  const word = retreatWordsIn(options.locale);
  const [title, text] = options.status === 410 ? (['closedTitle', 'closedText'] as const) : (['notFoundTitle', 'notFoundText'] as const);
  const body = `<h1>${escapeHtml(word(title))}</h1><p>${escapeHtml(word(text))}</p>${options.languageLinks ?? ''}`;
  return retreatPageFrame({ locale: options.locale, title: word(title), organizationName: options.organizationName ?? '', body });
}
