import { isRightToLeft } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { chromeLanguageOf, pageMessage, type ChromeLanguage, type SurveyPageMessageKey } from './survey-page-messages.js';
import { surveyPageStyles } from './survey-page-styles.js';

/** The page's own words in HTML: in a language they are not written in, marked as English. */
export function sayerFor(language: string) {
  const chrome = chromeLanguageOf(language);
  const isForeign = chrome !== language.split('-')[0];
  const say = (key: SurveyPageMessageKey, values?: Record<string, string | number>) => {
    const words = escapeHtml(pageMessage(chrome, key, values));
    // dir="ltr" isolates the English run, so its full stop stays at its end in a right-to-left page.
    return isForeign ? `<span lang="${chrome}" dir="ltr">${words}</span>` : words;
  };
  /** The same words for an attribute or <title>, where no markup may go. */
  const plain = (key: SurveyPageMessageKey, values?: Record<string, string | number>) => pageMessage(chrome, key, values);
  return { chrome, say, plain };
}

/** Paragraphs from a text with blank lines between them; single line breaks are kept. */
export function paragraphs(text: string, className = ''): string {
  const attr = className ? ` class="${className}"` : '';
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p${attr}>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A date as people write it in the page's language ("30 de mayo de 2026"). */
export function longDate(date: Date, chrome: ChromeLanguage): string {
  return new Intl.DateTimeFormat(chrome === 'es' ? 'es' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Every respondent page's outer HTML: the language and direction of the survey language, the
 * inline stylesheet, the one small script (when the page has one), the district's name on top.
 */
export function pageFrame(options: { language: string; title: string; organizationName: string; body: string; scriptPath?: string; banner?: string; badge?: string }): string {
  const { language } = options;
  const { say } = sayerFor(language);
  const dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  const script = options.scriptPath ? `<script src="${escapeHtml(options.scriptPath)}" defer></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(options.title)}</title>
<style>${surveyPageStyles}</style>
${script}
</head>
<body>
<a class="skip" href="#main">${say('skip')}</a>
${options.banner ? `<p class="banner" role="note">${options.banner}</p>` : ''}
${options.organizationName ? `<header class="site"><div class="wrap"><p class="org">${escapeHtml(options.organizationName)}</p>${options.badge ? `<span class="badge">${options.badge}</span>` : ''}</div></header>` : ''}
<main id="main" tabindex="-1"><div class="wrap">
${options.body}
</div></main>
<footer class="site"><div class="wrap">${say('poweredBy')}</div></footer>
</body>
</html>`;
}
