import { textIn } from '../../../core/engagement/likert-scales.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { pageFrame, paragraphs, sayerFor } from './page-frame.js';
import type { RespondentSurvey } from './render-survey-page.js';

/**
 * The pages around the survey: an unknown address (404), a closed survey (410), each saying what
 * happened in words a person understands, in the reader's language; and the thanks after sending
 * without a script (the script shows the same thanks in place).
 */
export function renderMissingSurveyPage(options: { language: string; status: 404 | 410; message: string }): string {
  const { say, plain } = sayerFor(options.language);
  const heading = options.status === 410 ? 'closedTitle' : 'notFoundTitle';
  const body = `<h1>${say(heading)}</h1><p>${escapeHtml(options.message)}</p>`;
  return pageFrame({ language: options.language, title: plain(heading), organizationName: '', body });
}

export function renderThanksPage(options: { survey: RespondentSurvey; language: string }): string {
  const { survey, language } = options;
  const { document } = survey;
  const { say } = sayerFor(language);
  const text = (value: Record<string, string>) => textIn(value, language, document.languages);
  const title = text(document.title);
  const body = `<h1>${escapeHtml(title)}</h1><section class="thanks" aria-labelledby="thanks-title"><h2 id="thanks-title">${say('thanksTitle')}</h2>${document.thank_you ? paragraphs(text(document.thank_you)) : `<p>${say('thanksDefault')}</p>`}</section>`;
  return pageFrame({ language, title: `${title} · ${survey.organizationName}`, organizationName: survey.organizationName, body });
}
