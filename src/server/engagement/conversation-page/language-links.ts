import { escapeHtml } from '../../documents/escape-html.js';
import { languageName } from '../respondent/survey-page-messages.js';

/**
 * The conversation's other languages, as plain links (the participant page and the published
 * results): each page holds nothing a reload would lose but a half-written idea.
 */
export function languageLinks(languages: readonly string[], current: string, inLanguage: (language: string) => string, label: string): string {
  if (languages.length < 2) return '';
  const others = languages
    .filter((language) => language !== current)
    .map((language) => `<a href="${escapeHtml(inLanguage(language))}" lang="${escapeHtml(language)}" hreflang="${escapeHtml(language)}">${escapeHtml(languageName(language))}</a>`)
    .join('');
  return `<nav class="languages" aria-labelledby="language-label"><p id="language-label">${label}:</p><span class="current" lang="${escapeHtml(current)}">${escapeHtml(languageName(current))}</span>${others}</nav>`;
}
