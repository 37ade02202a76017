import type { DemographicQuestion } from '../../../core/engagement/conversations/conversation-format.js';
import { moderationPolicy } from '../../../core/engagement/conversations/moderation-policy.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { FormFields } from '../respondent/form-fields.js';
import { longDate, sayerFor } from '../respondent/page-frame.js';
import { renderQuestion } from '../respondent/render-question.js';
import { languageName } from '../respondent/survey-page-messages.js';
import { pageLocaleOf, pageWord, type ConversationPageKey } from './conversation-page-messages.js';
import { conversationPageFrame } from './conversation-page-frame.js';
import { renderSimilar, renderStatementCard, type PageStatement, type StatementContext } from './render-statement.js';

export interface PageConversation {
  code: string;
  organizationName: string;
  mode: 'rate' | 'vote';
  prompt: Record<string, string>;
  languages: string[];
  moderation: 'pre' | 'post';
  demographics: DemographicQuestion[];
  closesAt: Date | null;
}

export interface ConversationPageInput {
  conversation: PageConversation;
  /** The conversation language the reader reads (chosen, from their browser, or the first). */
  language: string;
  formToken: string;
  /** The participant ref the server knows (the no-script cookie), else null: the page then asks them to start. */
  participant: string | null;
  /** The idea to respond to now, drawn by the server when it knows the participant. */
  current: PageStatement | null;
  answered: number;
  /** A word above the idea (a vote refused) or below the idea form (posted, held for a moderator). */
  notice?: { key: ConversationPageKey; at: 'respond' | 'idea' | 'join'; warn?: boolean };
  /** The idea being written, kept when it was refused or near-duplicates were found. */
  idea?: { text: string; similar: PageStatement[] };
  /** What the demographic questions' answers were, and what was wrong with them, after a refused start. */
  join?: { fields: FormFields; errors: ReadonlyMap<string, string[]> };
  paths: { action: string; inLanguage: (language: string) => string; api: string; script: string };
  maxLength: number;
}

/**
 * The participant's page, drawn on the server and working without a script: the prompt in the
 * reader's language, the mode and how to respond in plain words, the moderation policy, then
 * either the start (with the demographic questions, if any) or the idea to respond to and the form
 * to add one's own. The page's script (conversation-page-script.ts), when it runs, does the same
 * through the public JSON API without reloading, one idea after another.
 */
export function renderConversationPage(input: ConversationPageInput): string {
  const { conversation, language, paths } = input;
  const locale: Locale = pageLocaleOf(language);
  const say = (key: ConversationPageKey, values?: Record<string, string | number>) => escapeHtml(pageWord(locale, key, values));
  const prompt = textIn(conversation.prompt, language, conversation.languages);
  const ctx: StatementContext = { locale, language, mode: conversation.mode, action: paths.action };
  const joined = input.participant !== null;
  const notice = (at: 'respond' | 'idea' | 'join') =>
    input.notice?.at === at ? `<p class="status${input.notice.warn ? ' warn' : ''}" id="${at}-status" role="status" aria-live="polite">${say(input.notice.key)}</p>` : `<p class="status" id="${at}-status" role="status" aria-live="polite"></p>`;
  const hidden = (shown: boolean) => (shown ? '' : ' hidden');

  const policy = moderationPolicy();
  const policyHtml = `<details class="policy" id="policy"><summary>${say('policyTitle')}</summary><p>${escapeHtml(policy.intro[locale])}</p><ul>${policy.reasons.map((reason) => `<li>${escapeHtml(reason.text[locale])}</li>`).join('')}</ul></details>`;

  const intro = `<div class="intro">
<p class="note">${say('by', { organization: conversation.organizationName })}</p>
<div class="mode"><strong>${say('modeTitle')}</strong> ${say('modeText')}</div>
<p>${say(conversation.mode === 'vote' ? 'howVote' : 'howRate')}</p>
${conversation.closesAt ? `<p class="note">${say('closesOn', { date: longDate(conversation.closesAt, locale) })}</p>` : ''}
${conversation.moderation === 'pre' ? `<p class="note">${say('preModeration')}</p>` : ''}
${languageLinks(conversation.languages, language, paths.inLanguage, say('language'))}
${policyHtml}
</div>`;

  // The survey page's question drawing, for the survey/v1 demographic questions.
  const surveySay = sayerFor(language).say;
  const questions = conversation.demographics
    .map((question) => renderQuestion(question, { language, languages: conversation.languages, say: surveySay, seed: conversation.code, fields: input.join?.fields ?? {}, errors: input.join?.errors ?? new Map() }))
    .join('\n');
  const join = `<section id="join" aria-labelledby="join-title"${hidden(!joined)}>
<h2 id="join-title">${say('joinTitle')}</h2>
<form id="join-form" method="post" action="${escapeHtml(paths.action)}" novalidate data-questions="${conversation.demographics.length}">
<input type="hidden" name="action" value="join"><input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">
${conversation.demographics.length ? `<p>${say('joinIntro')}</p>${questions}` : ''}
${notice('join')}
<div class="actions"><button type="submit" class="primary">${say('start')}</button></div>
</form></section>`;

  const respond = `<section id="respond" aria-labelledby="respond-title" tabindex="-1"${hidden(joined)}>
<h2 id="respond-title">${say('statementTitle')}</h2>
<p class="count" id="answered">${say('answered', { count: '' })}<span id="answered-count">${input.answered}</span></p>
${notice('respond')}
${renderStatementCard(input.current, ctx)}
<div class="card" id="done"${hidden(joined && input.current === null)}><h3>${say('doneTitle')}</h3><p>${say('doneText')}</p></div>
</section>`;

  const ideaText = input.idea?.text ?? '';
  const idea = `<section id="idea-section" aria-labelledby="idea-title"${hidden(joined)}>
<h2 id="idea-title">${say('ideaTitle')}</h2>
<form id="idea" method="post" action="${escapeHtml(paths.action)}" novalidate>
<input type="hidden" name="action" value="idea"><input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">
<div class="trap" aria-hidden="true"><label for="website">${say('honeypot')}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<label for="idea-text" class="field-label">${say('ideaLabel', { max: input.maxLength })}</label>
<textarea id="idea-text" name="text" rows="4" maxlength="${input.maxLength}" aria-describedby="idea-count">${escapeHtml(ideaText)}</textarea>
<p class="counter" id="idea-count">${say('charsLeft', { count: input.maxLength - [...ideaText].length })}</p>
<div class="actions"><button type="submit" class="primary">${say('postIdea')}</button></div>
</form>
${notice('idea')}
${renderSimilar(input.idea?.similar ?? [], ideaText, input.formToken, ctx)}
</section>`;

  const scriptData = {
    code: conversation.code,
    lang: language,
    mode: conversation.mode,
    api: paths.api,
    formToken: input.formToken,
    participant: input.participant ?? '',
    answered: input.answered,
    max: input.maxLength,
    words: Object.fromEntries(
      (['sending', 'loading', 'offline', 'serverBusy', 'retryNow', 'tooMany', 'tooQuick', 'emptyIdea', 'formProblem', 'startAgain', 'postedAccepted', 'postedPending', 'charsLeft'] as const).map((key) => [key, pageWord(locale, key)]),
    ),
  };
  const body = `<div id="conversation" data-conversation="${escapeHtml(JSON.stringify(scriptData))}">
<h1 lang="${escapeHtml(language)}" dir="auto">${escapeHtml(prompt)}</h1>
${intro}
${join}
${respond}
${idea}
</div>`;
  return conversationPageFrame({ locale, title: `${prompt} · ${conversation.organizationName}`, organizationName: conversation.organizationName, body, scriptPath: paths.script });
}

/** The other languages of the conversation, as plain links: the page holds nothing a reload would lose but a half-written idea. */
function languageLinks(languages: readonly string[], current: string, inLanguage: (language: string) => string, label: string): string {
  if (languages.length < 2) return '';
  const others = languages
    .filter((language) => language !== current)
    .map((language) => `<a href="${escapeHtml(inLanguage(language))}" lang="${escapeHtml(language)}" hreflang="${escapeHtml(language)}">${escapeHtml(languageName(language))}</a>`)
    .join('');
  return `<nav class="languages" aria-labelledby="language-label"><p id="language-label">${label}:</p><span class="current" lang="${escapeHtml(current)}">${escapeHtml(languageName(current))}</span>${others}</nav>`;
}

/** The 404 or 410 page, in the reader's language, with the message the conversation lookup gave. */
export function renderMissingConversationPage(options: { locale: Locale; status: 404 | 410; message: string }): string {
  const heading = options.status === 410 ? 'closedTitle' : 'notFoundTitle';
  const body = `<h1>${escapeHtml(pageWord(options.locale, heading))}</h1><p>${escapeHtml(options.message)}</p>`;
  return conversationPageFrame({ locale: options.locale, title: pageWord(options.locale, heading), organizationName: '', body });
}
