import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { draftWord, type DraftWordKey } from './draft-page-messages.js';
import { draftPageStyles } from './draft-page-styles.js';

const languageNames: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The draft's public addresses, in the reader's language (English is the address without ?lang). */
export const draftPaths = {
  draft: (slug: string) => `/p/${encodeURIComponent(slug)}/draft`,
  comment: (slug: string, elementKey: string | null) => `/p/${encodeURIComponent(slug)}/draft/comment${elementKey ? `?element=${encodeURIComponent(elementKey)}` : ''}`,
  post: (slug: string) => `/p/${encodeURIComponent(slug)}/draft/comments`,
  thanks: (slug: string) => `/p/${encodeURIComponent(slug)}/draft/thanks`,
  adopted: (slug: string) => `/p/${encodeURIComponent(slug)}`,
  heard: (slug: string, planId: string) => `/p/${encodeURIComponent(slug)}/plans/${encodeURIComponent(planId)}/heard`,
  api: (slug: string) => `/api/public/districts/${encodeURIComponent(slug)}/draft/comments`,
};

/** The same address in a language: ?lang= added to (or replacing in) its query. */
export function inLanguage(path: string, language: Locale): string {
  const [base, query = ''] = path.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  if (language === 'en') params.delete('lang');
  else params.set('lang', language);
  const rest = params.toString();
  return rest ? `${base}?${rest}` : base;
}

/**
 * The draft pages' outer HTML, as the public progress pages' frame: the district's name and the
 * language links on top, the page words' language on <html>, the one inline stylesheet (allowed by
 * hash) and, on the draft itself, its one script from this server. Another public page of the same
 * look ("what we heard") passes its own stylesheet, the draft's with its additions.
 */
export function draftPageFrame(options: { locale: Locale; title: string; districtName: string; path: string; body: string; scriptPath?: string; styles?: string }): string {
  const { locale } = options;
  const say = (key: DraftWordKey) => escapeHtml(draftWord(locale, key));
  const links = (['en', 'es'] as const)
    .map((lang) => `<li><a href="${escapeHtml(inLanguage(options.path, lang))}" lang="${lang}" hreflang="${lang}"${lang === locale ? ' aria-current="true"' : ''}>${languageNames[lang]}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(options.title)}</title>
<style>${options.styles ?? draftPageStyles}</style>
${options.scriptPath ? `<script src="${escapeHtml(options.scriptPath)}" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${say('skip')}</a>
<header class="site"><div class="wrap">${options.districtName ? `<p class="district">${escapeHtml(options.districtName)}</p>` : '<span></span>'}
<nav class="languages" aria-label="${say('languages')}"><ul>${links}</ul></nav></div></header>
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
<footer class="site"><div class="wrap">${say('poweredBy')}</div></footer>
</body>
</html>`;
}
