import { escapeHtml } from '../../documents/escape-html.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { pageWord, type ConversationWord } from './conversation-page-messages.js';
import { conversationPageStyles } from './conversation-page-styles.js';

/**
 * The participant page's outer HTML, as the survey respondent page's frame (page-frame.ts): the
 * page words' language, its one inline stylesheet (allowed by hash), the one script from this
 * server when the page has one, the district's name on top. The conversation's own texts (the
 * prompt, each idea) carry their language on their elements.
 */
export function conversationPageFrame(options: { locale: Locale; title: string; organizationName: string; body: string; scriptPath?: string }): string {
  return conversationPageFrameIn({ ...options, language: options.locale, isRtl: false, word: (key, values) => pageWord(options.locale, key, values) });
}

/** The frame in any conversation language: its words (the district's beyond English and Spanish) and its direction. */
export function conversationPageFrameIn(options: { language: string; isRtl: boolean; word: ConversationWord; title: string; organizationName: string; body: string; scriptPath?: string }): string {
  const script = options.scriptPath ? `<script src="${escapeHtml(options.scriptPath)}" defer></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}" dir="${options.isRtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(options.title)}</title>
<style>${conversationPageStyles}</style>
${script}
</head>
<body>
<a class="skip" href="#main">${escapeHtml(options.word('skip'))}</a>
${options.organizationName ? `<header class="site"><div class="wrap"><p class="org">${escapeHtml(options.organizationName)}</p></div></header>` : ''}
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
<footer class="site"><div class="wrap">${escapeHtml(options.word('poweredBy'))}</div></footer>
</body>
</html>`;
}
