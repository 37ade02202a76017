import type { DemographicQuestion } from '../../../core/engagement/conversations/conversation-format.js';
import { moderationPolicy } from '../../../core/engagement/moderation/moderation-policy.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { FormFields } from '../respondent/form-fields.js';
import { longDate, sayerFor } from '../respondent/page-frame.js';
import { renderQuestion } from '../respondent/render-question.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { isRightToLeft } from '../../../core/engagement/survey-format.js';
import { conversationWordsIn, pageLocaleOf, pageWord, type ConversationPageKey } from './conversation-page-messages.js';
import { conversationPageFrame, conversationPageFrameIn } from './conversation-page-frame.js';
import { languageLinks } from './language-links.js';
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
  verifyEmail: boolean;
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
  notice?: { key: ConversationPageKey; at: 'respond' | 'idea' | 'join' | 'email'; warn?: boolean; values?: Record<string, string> };
  /** The idea being written, kept when it was refused or near-duplicates were found. */
  idea?: { text: string; similar: PageStatement[] };
  /** What the demographic questions' answers were, and what was wrong with them, after a refused start. */
  join?: { fields: FormFields; errors: ReadonlyMap<string, string[]> };
  /** A conversation asking for a verified email: the address given and, once the code was mailed, its ticket. */
  email?: { address: string; ticket: string | null };
  /** The district's translations of the page's words, for a language other than English and Spanish. */
  pageTexts?: PageTexts;
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
  const word = conversationWordsIn(language, input.pageTexts);
  const say = (key: ConversationPageKey, values?: Record<string, string | number>) => escapeHtml(word(key, values));
  const prompt = textIn(conversation.prompt, language, conversation.languages);
  const ctx: StatementContext = { locale, word, language, mode: conversation.mode, action: paths.action };
  const joined = input.participant !== null;
  const notice = (at: 'respond' | 'idea' | 'join' | 'email') =>
    input.notice?.at === at
      ? `<p class="status${input.notice.warn ? ' warn' : ''}" id="${at}-status" role="status" aria-live="polite">${say(input.notice.key, input.notice.values)}</p>`
      : `<p class="status" id="${at}-status" role="status" aria-live="polite"></p>`;
  const hidden = (shown: boolean) => (shown ? '' : ' hidden');

  const policy = moderationPolicy();
  const policyHtml = `<details class="policy" id="policy"><summary>${say('policyTitle')}</summary><p>${say('policy.intro')}</p><ul>${policy.reasons.map((reason) => `<li>${say(`policy.${reason.key}`)}</li>`).join('')}</ul></details>`;

  const intro = `<div class="intro">
<p class="note">${say('by', { organization: conversation.organizationName })}</p>
<div class="mode"><strong>${say('modeTitle')}</strong> ${say(conversation.verifyEmail ? 'modeTextEmail' : 'modeText')}</div>
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
  // A verified email first: its own form (so Enter in the address asks for a code, and Enter in the
  // code starts), then the start form carrying the address and the code's ticket.
  const ticket = input.email?.ticket ?? null;
  const emailForm = conversation.verifyEmail ? renderEmailForm({ say, address: input.email?.address ?? '', ticket, action: paths.action, formToken: input.formToken, notice: notice('email') }) : '';
  const codeField = conversation.verifyEmail
    ? `<input type="hidden" name="email" value="${escapeHtml(input.email?.address ?? '')}"><input type="hidden" name="email_ticket" value="${escapeHtml(ticket ?? '')}">
<label for="email-code" class="field-label">${say('codeLabel')}</label>
<input type="text" id="email-code" name="email_code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" size="8" class="code">`
    : '';
  const join = `<section id="join" aria-labelledby="join-title"${hidden(!joined)}>
<h2 id="join-title">${say('joinTitle')}</h2>
${emailForm}
<form id="join-form" method="post" action="${escapeHtml(paths.action)}" novalidate data-questions="${conversation.demographics.length}"${hidden(!conversation.verifyEmail || ticket !== null)}>
<input type="hidden" name="action" value="join"><input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">
${codeField}
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
      (
        [
          ...['sending', 'loading', 'offline', 'serverBusy', 'retryNow', 'tooMany', 'tooQuick', 'emptyIdea', 'formProblem', 'startAgain', 'postedAccepted', 'postedPending', 'charsLeft'],
          ...['codeSent', 'codeWrong', 'codeExpired', 'otherEmail', 'emailNeeded', 'emailInvalid', 'mailUnavailable', 'sendAgain'],
        ] as const
      ).map((key) => [key, word(key)]),
    ),
  };
  const body = `<div id="conversation" data-conversation="${escapeHtml(JSON.stringify(scriptData))}">
<h1 lang="${escapeHtml(language)}" dir="auto">${escapeHtml(prompt)}</h1>
${intro}
${join}
${respond}
${idea}
</div>`;
  return conversationPageFrameIn({ language: builtInOrOwn(language), isRtl: isRightToLeft(language), word, title: `${prompt} · ${conversation.organizationName}`, organizationName: conversation.organizationName, body, scriptPath: paths.script });
}

/**
 * The address a code is mailed to. Once mailed, the address stays in sight with a button to send a
 * new code (the start form below takes the code).
 */
function renderEmailForm(options: { say: (key: ConversationPageKey, values?: Record<string, string | number>) => string; address: string; ticket: string | null; action: string; formToken: string; notice: string }): string {
  const { say, address, ticket } = options;
  return `<form id="email-form" method="post" action="${escapeHtml(options.action)}" novalidate>
<input type="hidden" name="action" value="email-code"><input type="hidden" name="form_token" value="${escapeHtml(options.formToken)}">
<label for="email" class="field-label">${say('emailLabel')}</label>
<p class="note" id="email-hint">${say('emailHint')}</p>
<input type="email" id="email" name="email" autocomplete="email" inputmode="email" maxlength="254" aria-describedby="email-hint" value="${escapeHtml(address)}">
${options.notice}
<div class="actions"><button type="submit" id="send-code" class="${ticket === null ? 'primary' : 'secondary'}">${say(ticket === null ? 'sendCode' : 'sendAgain')}</button></div>
</form>`;
}

/** The 404 or 410 page, in the reader's language, with the message the conversation lookup gave. */
export function renderMissingConversationPage(options: { locale: Locale; status: 404 | 410; message: string }): string {
  const heading = options.status === 410 ? 'closedTitle' : 'notFoundTitle';
  const body = `<h1>${escapeHtml(pageWord(options.locale, heading))}</h1><p>${escapeHtml(options.message)}</p>`;
  return conversationPageFrame({ locale: options.locale, title: pageWord(options.locale, heading), organizationName: '', body });
}

/** The page's language: English or Spanish for theirs (en-US reads the built-in English), else the conversation language itself. */
function builtInOrOwn(language: string): string {
  const locale = pageLocaleOf(language);
  return language.toLowerCase().split('-')[0] === locale ? locale : language;
}
