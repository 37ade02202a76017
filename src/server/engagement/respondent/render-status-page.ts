import { textIn } from '../../../core/engagement/likert-scales.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { pageFrame, paragraphs, sayerFor } from './page-frame.js';
import type { RespondentSurvey } from './render-survey-page.js';
import type { SurveyPageMessageKey } from './survey-page-messages.js';

/**
 * The pages around the survey: an unknown address (404), a closed survey (410), each saying what
 * happened in words a person understands, in the reader's language; and the thanks after sending
 * without a script (the script shows the same thanks in place).
 */
export function renderMissingSurveyPage(options: { language: string; status: 404 | 410; message: string | SurveyPageMessage; pageTexts?: PageTexts }): string {
  const { say, plain, sayWithDate } = sayerFor(options.language, options.pageTexts);
  const heading = options.status === 410 ? 'closedTitle' : 'notFoundTitle';
  const { message } = options;
  const words = typeof message === 'string' ? escapeHtml(message) : message.date ? sayWithDate(message.key, message.date) : say(message.key);
  const body = `<h1>${say(heading)}</h1><p>${words}</p>`;
  return pageFrame({ language: options.language, pageTexts: options.pageTexts, title: plain(heading), organizationName: '', body });
}

/** A message of the page's own words, with the date it names. */
export interface SurveyPageMessage {
  key: SurveyPageMessageKey;
  date?: Date | undefined;
}

export function renderThanksPage(options: { survey: RespondentSurvey; language: string }): string {
  const { survey, language } = options;
  const { document } = survey;
  const { say } = sayerFor(language, survey.pageTexts);
  const text = (value: Record<string, string>) => textIn(value, language, document.languages);
  const title = text(document.title);
  const body = `<h1>${escapeHtml(title)}</h1><section class="thanks" aria-labelledby="thanks-title"><h2 id="thanks-title">${say('thanksTitle')}</h2>${document.thank_you ? paragraphs(text(document.thank_you)) : `<p>${say('thanksDefault')}</p>`}</section>`;
  return pageFrame({ language, pageTexts: survey.pageTexts, title: `${title} · ${survey.organizationName}`, organizationName: survey.organizationName, body });
}
