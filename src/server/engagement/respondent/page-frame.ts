import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words.js';
import { isRightToLeft } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { pageWordsIn, type SurveyPageMessageKey } from './survey-page-messages.js';
import { surveyPageStyles } from './survey-page-styles.js';

/**
 * The page's own words in a survey language, given its district's page texts: `say` for HTML, where
 * a text the district has not translated stands in English marked lang="en" (a survey opened before
 * its district translated the page); `plain` for an attribute or <title>, where no markup may go.
 */
export function sayerFor(language: string, pageTexts?: PageTexts) {
  const words = pageWordsIn(language, pageTexts);
  const say = (key: SurveyPageMessageKey, values?: Record<string, string | number>) => {
    const word = words.word(key, values);
    const html = escapeHtml(word.text);
    // dir="ltr" isolates the English run, so its full stop stays at its end in a right-to-left page.
    return word.fallback ? `<span lang="${word.fallback}" dir="ltr">${html}</span>` : html;
  };
  const plain = (key: SurveyPageMessageKey, values?: Record<string, string | number>) => words.word(key, values).text;
  /** A message with a date, the date written as the message's own language writes it ("30 de mayo de 2026", "٣٠ مايو ٢٠٢٦"). */
  const sayWithDate = (key: SurveyPageMessageKey, date: Date) => say(key, { date: longDate(date, words.word(key).fallback ?? language) });
  return { say, plain, sayWithDate, problem: words.problem, problems: words.problems };
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

/** A date as people write it in a language ("May 30, 2026", "30 de mayo de 2026"). */
export function longDate(date: Date, language: string): string {
  const builtIn = builtInPageLanguageOf(language);
  const locale = builtIn === 'en' ? 'en-US' : (builtIn ?? language);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/**
 * Every respondent page's outer HTML: the language and direction of the survey language, the
 * inline stylesheet, the one small script (when the page has one), the district's name on top.
 */
export function pageFrame(options: { language: string; pageTexts?: PageTexts | undefined; title: string; organizationName: string; body: string; scriptPath?: string; banner?: string; badge?: string }): string {
  const { language } = options;
  const { say } = sayerFor(language, options.pageTexts);
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
