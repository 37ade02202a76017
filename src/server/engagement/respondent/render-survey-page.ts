import { textIn } from '../../../core/engagement/likert-scales.js';
import type { SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { FormFields } from './form-fields.js';
import { pageFrame, paragraphs, sayerFor } from './page-frame.js';
import { questionAnchor, renderQuestion, type QuestionContext } from './render-question.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { languageName, modeMessageKeys, type SurveyPageMessageKey } from './survey-page-messages.js';

/** respond: the public link; kiosk: an event's shared tablet; preview: the team's look, nothing sent. */
export type PageMode = 'respond' | 'kiosk' | 'preview';

export interface RespondentSurvey {
  code: string;
  organizationName: string;
  document: SurveyDocument;
  closesAt: Date | null;
  /** The district's translations of the page's own words, for a survey language other than English and Spanish. */
  pageTexts?: PageTexts | undefined;
}

export interface AnswerProblem {
  path: string;
  code?: string | undefined;
  params?: Record<string, string | number> | undefined;
}

export interface SurveyPageInput {
  survey: RespondentSurvey;
  language: string;
  mode: PageMode;
  /** The respondent's submission id (also the seed of their option order) and their page's form token. */
  submissionId: string;
  formToken: string;
  /** What the respondent answered, when the page is drawn again (an error, a language switch). */
  fields: FormFields;
  problems: readonly AnswerProblem[];
  /** A word about the whole form (too many responses from one connection), above the questions. */
  notice?: SurveyPageMessageKey;
  paths: SurveyPagePaths;
  /** A stakeholder group link's ref (?g=), already checked: sent with the answers, so the response counts for the group. */
  group?: string;
  /** A mailed personal link's token (?i=), already checked: the form without a script sends the answers the invited way. */
  invitationToken?: string;
}

export interface SurveyPagePaths {
  /** Where the form posts without a script, in the page's language. */
  action: string;
  /** The same page in another language. */
  inLanguage: (language: string) => string;
  /** The JSON route the script sends the answers to. */
  submit: string;
  script: string;
}

/** Questions by page, pages in order; a question without a page is on its predecessor's. */
export function surveyPages(document: SurveyDocument): SurveyQuestion[][] {
  const pages = new Map<number, SurveyQuestion[]>();
  let current = 1;
  for (const question of document.questions) {
    current = question.page ?? current;
    pages.set(current, [...(pages.get(current) ?? []), question]);
  }
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([, questions]) => questions);
}

/**
 * The whole survey as one server-drawn form: its title, district, introduction and mode in plain
 * words, the language choice, then every page of questions under its own heading, so it all works
 * without a script. The page's script, when it runs, shows one page at a time and sends by fetch.
 */
export function renderSurveyPage(input: SurveyPageInput): string {
  const { survey, language, mode, paths } = input;
  const { document } = survey;
  const { say, plain, sayWithDate, problem, problems } = sayerFor(language, survey.pageTexts);
  const text = (value: Record<string, string>) => textIn(value, language, document.languages);
  const title = text(document.title);
  const { errors, general } = sortProblems(input.problems, problem);
  const ctx: QuestionContext = { language, languages: document.languages, say, seed: input.submissionId, fields: input.fields, errors };
  const pages = surveyPages(document);
  const modeKeys = modeMessageKeys(document.mode);

  const intro = `<div class="intro" id="intro">${document.intro ? paragraphs(text(document.intro)) : ''}
<div class="mode"><strong>${say(modeKeys.title)}</strong> ${say(modeKeys.text)}</div>
${survey.closesAt ? `<p class="note">${sayWithDate('closesOn', survey.closesAt)}</p>` : ''}
${mode === 'respond' ? `<p class="note">${say('keptOnDevice')}</p>` : ''}
${document.questions.some((q) => q.required) ? `<p class="note">${say('requiredNote')}</p>` : ''}
${input.invitationToken && document.mode !== 'anonymous' ? `<p class="note" id="invitation-note">${say('invitationNote')}</p>` : ''}</div>`;

  const sections = pages
    .map((questions, index) => {
      const number = index + 1;
      const nav = `<div class="actions page-nav" hidden>${number > 1 ? `<button type="button" class="secondary" data-action="back">${say('back')}</button>` : ''}${number < pages.length ? `<button type="button" class="primary" data-action="next">${say('next')}</button>` : ''}</div>`;
      return `<section class="page" id="page-${number}" data-page="${number}" aria-labelledby="page-${number}-title" tabindex="-1"><h2 id="page-${number}-title">${say('pageOf', { page: number, pages: pages.length })}</h2>
${questions.map((question) => renderQuestion(question, ctx)).join('\n')}
${nav}</section>`;
    })
    .join('\n');

  const summary = errors.size || general.length ? errorSummary(document, language, errors, general, say) : '';
  const notice = input.notice ? `<p class="status warn" role="alert">${say(input.notice)}</p>` : '';
  const scriptData = {
    code: survey.code,
    lang: language,
    mode,
    submit: paths.submit,
    words: {
      sending: plain('sending'),
      offline: plain('offline'),
      serverBusy: plain('serverBusy'),
      tooMany: plain('tooMany'),
      formProblem: plain('formProblem'),
      errorOnPage: plain('errorOnPage'),
      retryNow: plain('retryNow'),
      problems: problems(),
      // Shown before starting when the page was opened from a mailed personal link (?i= or #i=), for a survey that keeps who answered.
      invitationNote: document.mode === 'anonymous' ? '' : plain('invitationNote'),
    },
    // Where the script sends answers that carry a personal link's token (engagement/invitations).
    invitationSubmit: mode === 'respond' ? '/api/public/survey-invitations/responses' : '',
  };
  const isPreview = mode === 'preview';
  const form = `<form id="survey" method="post" action="${escapeHtml(paths.action)}" novalidate data-survey="${escapeHtml(JSON.stringify(scriptData))}"${summary ? ' data-has-errors="true"' : ''}>
<button type="submit" disabled hidden aria-hidden="true" tabindex="-1"></button>
${languageSwitch(document.languages, language, paths, isPreview, say)}
<input type="hidden" name="submission_id" value="${escapeHtml(input.submissionId)}">
<input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">
<input type="hidden" name="locale" value="${escapeHtml(language)}">
${input.group ? `<input type="hidden" name="group" value="${escapeHtml(input.group)}">` : ''}${input.invitationToken ? `<input type="hidden" name="invitation_token" value="${escapeHtml(input.invitationToken)}">` : ''}
<div class="trap" aria-hidden="true"><label for="website">${escapeHtml(plain('honeypot'))}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
${notice}
<div class="actions start" hidden><button type="button" class="primary" data-action="start">${say('start')}</button></div>
${sections}
<div class="actions send"><button type="submit" name="action" value="send" class="primary"${isPreview ? ' disabled' : ''}>${say('send')}</button></div>
<p class="status" id="status" role="status" aria-live="polite"></p>
</form>`;

  const thanks = `<section class="thanks" id="thanks" hidden tabindex="-1" aria-labelledby="thanks-title"><h2 id="thanks-title">${say('thanksTitle')}</h2>${document.thank_you ? paragraphs(text(document.thank_you)) : `<p>${say('thanksDefault')}</p>`}
${mode === 'kiosk' ? `<p>${say('kioskRestart')}</p><div class="actions"><button type="button" class="primary" data-action="next-person">${say('kioskStartNow')}</button></div>` : ''}</section>`;

  // A refused form says so first of all, above the title: on a phone the questions are far below.
  const body = `${summary}<h1>${escapeHtml(title)}</h1>
<p class="note">${say('by', { organization: survey.organizationName })}</p>
${intro}
${form}
${thanks}`;
  return pageFrame({
    language,
    pageTexts: survey.pageTexts,
    title: `${title} · ${survey.organizationName}`,
    organizationName: survey.organizationName,
    body,
    scriptPath: paths.script,
    banner: isPreview ? say('previewBanner') : undefined,
    badge: mode === 'kiosk' ? say('kioskBadge') : undefined,
  });
}

/**
 * The language choice, inside the form: each other language is a submit button that draws the
 * page again in that language with every answer kept (nothing is stored). In a preview, which
 * posts nothing, they are links.
 */
function languageSwitch(languages: readonly string[], current: string, paths: SurveyPagePaths, isPreview: boolean, say: ReturnType<typeof sayerFor>['say']): string {
  if (languages.length < 2) return '';
  const others = languages
    .filter((language) => language !== current)
    .map((language) => {
      const name = escapeHtml(languageName(language));
      const href = escapeHtml(paths.inLanguage(language));
      return isPreview
        ? `<a href="${href}" lang="${escapeHtml(language)}" hreflang="${escapeHtml(language)}">${name}</a>`
        : `<button type="submit" class="linklike" name="action" value="language" formaction="${href}" data-lang="${escapeHtml(language)}" lang="${escapeHtml(language)}">${name}</button>`;
    })
    .join('');
  return `<div class="languages" role="group" aria-labelledby="language-label"><p id="language-label">${say('language')}:</p><span class="current" lang="${escapeHtml(current)}">${escapeHtml(languageName(current))}</span>${others}</div>`;
}

/** Refusals by question key (from "/answers/<key>" or "/answers/<key>/<item>"), the rest for the whole form. */
function sortProblems(problems: readonly AnswerProblem[], problemMessage: ReturnType<typeof sayerFor>['problem']) {
  const errors = new Map<string, string[]>();
  const general: string[] = [];
  for (const problem of problems) {
    const message = problemMessage(problem.code, problem.params);
    const match = /^\/answers\/([^/]+)/.exec(problem.path);
    if (match) {
      const list = errors.get(match[1]!) ?? [];
      if (!list.includes(message)) list.push(message);
      errors.set(match[1]!, list);
    } else if (!general.includes(message)) {
      general.push(message);
    }
  }
  return { errors, general };
}

/** At the top of a refused form: what to look at, each linking to its question. */
function errorSummary(document: SurveyDocument, language: string, errors: ReadonlyMap<string, string[]>, general: readonly string[], say: ReturnType<typeof sayerFor>['say']): string {
  const items = [
    ...general.map((message) => `<li>${escapeHtml(message)}</li>`),
    ...document.questions
      .filter((question) => errors.has(question.key))
      .map((question) => `<li><a href="#${questionAnchor(question.key)}">${escapeHtml(textIn(question.text, language, document.languages))}</a>: ${escapeHtml(errors.get(question.key)!.join(' '))}</li>`),
    // A refusal of a key the survey does not have (a tampered form) still shows.
    ...[...errors.keys()].filter((key) => !document.questions.some((q) => q.key === key)).map((key) => `<li>${escapeHtml(errors.get(key)!.join(' '))}</li>`),
  ];
  return `<div class="summary" id="summary" role="alert" tabindex="-1" aria-labelledby="summary-title"><h2 id="summary-title">${say('errorsTitle')}</h2><p>${say('errorsIntro')}</p><ul>${items.join('')}</ul></div>`;
}
