import { textIn } from '../../../core/engagement/likert-scales.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { pageFrame } from '../respondent/page-frame.js';
import { chromeLanguageOf } from '../respondent/survey-page-messages.js';
import { invitationWords } from './invitation-words.js';

/**
 * The page a personal link opens when it can no longer answer: already used (its one response was
 * sent) or not one of ours. A used link thanks the person; an unknown one says what to check and
 * offers the survey's public page, where anyone may answer (not counted as the invitation). In
 * the survey language's words when they are English or Spanish, else in English.
 */
export function renderInvitationPage(options: {
  survey: { code: string; organizationName: string; document: SurveyDocument };
  language: string;
  state: 'used' | 'unknown';
  /** What to say instead of the state's own words (a refusal's message). */
  message?: string;
}): string {
  const { survey, language } = options;
  const chrome = chromeLanguageOf(language);
  const say = invitationWords[chrome];
  const title = options.state === 'used' ? say.usedTitle : say.unknownTitle;
  const message = options.message ?? (options.state === 'used' ? say.used : say.unknown);
  const publicPath = `/s/${survey.code}?lang=${encodeURIComponent(language)}`;
  const publicLink = options.state === 'unknown' ? `<p><a href="${escapeHtml(publicPath)}">${escapeHtml(say.publicLink)}</a></p>` : '';
  const surveyTitle = textIn(survey.document.title, language, survey.document.languages);
  const body = `<h1>${escapeHtml(surveyTitle)}</h1><section class="thanks" aria-labelledby="invitation-title"><h2 id="invitation-title" lang="${chrome}">${escapeHtml(title)}</h2><p lang="${chrome}">${escapeHtml(message)}</p>${publicLink}</section>`;
  return pageFrame({ language, title: `${title} · ${survey.organizationName}`, organizationName: survey.organizationName, body });
}
