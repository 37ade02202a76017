import { createHash } from 'node:crypto';
import type { AnswerValue } from '../../../core/engagement/survey-format.js';
import { answersFromPageFields, isShownInPage, type PageQuestion } from './page-logic.js';
import * as pageForm from './page-form.js';
import { sendWithRetries } from './page-sending.js';

/**
 * The respondent page's one script, a progressive enhancement: without it the page is one form
 * that posts. With it: one page at a time with Next and Back, show_if applied as answers change,
 * answers kept on the device (localStorage) until sent and put back on return, and sending by
 * fetch with a retry (same submission id) while the connection is down.
 *
 * It is written here in TypeScript, type-checked against the DOM, and served as the text of the
 * compiled functions (see `respondentScriptSource`): the server's build is tsc, nothing bundles
 * for a browser, and a separate build for one file would be a second toolchain to keep.
 * So this function names nothing outside itself but the browser's globals and what it is handed
 * (page-logic.ts's two rules and page-sending.ts's sender, whose text the served script carries too).
 */
export function respondentPageScript(rules: { isShownInPage: typeof isShownInPage; answersFromPageFields: typeof answersFromPageFields; sendWithRetries: typeof sendWithRetries } & typeof pageForm): void {
  const shownInPage = rules.isShownInPage;
  const readFields = rules.answersFromPageFields;
  const sendWithRetries = rules.sendWithRetries;
  const fieldsOf = () => rules.readFormFields(form!);
  const fill = (fields: Record<string, string[]>) => rules.fillFormFields(form!, fields);
  const setError = rules.markQuestion;
  type Fields = Record<string, string[]>;
  interface Config {
    code: string;
    lang: string;
    mode: 'respond' | 'kiosk' | 'preview';
    submit: string;
    invitationSubmit?: string;
    words: Record<string, string> & { problems: Record<string, string> };
  }
  interface Stored {
    submission_id: string;
    form_token: string;
    token_at: number;
    fields: Fields;
    page: number;
  }

  const form = document.getElementById('survey') as HTMLFormElement | null;
  if (!form || !window.fetch || !window.JSON) return;
  const config = JSON.parse(form.getAttribute('data-survey') ?? '{}') as Config;
  const words = config.words;
  const isKiosk = config.mode === 'kiosk';
  const isPreview = config.mode === 'preview';
  const keepsAnswers = config.mode === 'respond';
  const storageKey = 'waymark-survey:' + config.code;
  const kioskKey = 'waymark-kiosk:' + config.code;
  // A week is how long the server takes a form token; a day younger, a stored one is still good.
  const TOKEN_KEEP_MS = 6 * 86_400_000;
  document.documentElement.classList.add('js');

  const byId = (id: string) => document.getElementById(id);
  const intro = byId('intro');
  const status = byId('status')!;
  const thanks = byId('thanks')!;
  const startBar = form.querySelector<HTMLElement>('.actions.start')!;
  const sendBar = form.querySelector<HTMLElement>('.actions.send')!;
  const sendButton = sendBar.querySelector<HTMLButtonElement>('button[value=send]')!;
  const pages = Array.from(form.querySelectorAll<HTMLElement>('section.page'));
  const hiddenInput = (name: string) => form.querySelector<HTMLInputElement>('input[name="' + name + '"]')!;
  const questionEls = Array.from(form.querySelectorAll<HTMLElement>('.question'));
  const questions: PageQuestion[] = questionEls.map((el) => ({
    key: el.getAttribute('data-key') ?? '',
    type: el.getAttribute('data-type') ?? '',
    show_if: el.hasAttribute('data-show-if') ? JSON.parse(el.getAttribute('data-show-if')!) : undefined,
  }));

  // A kiosk's token comes in the address's fragment (never sent to the server with the page); it is
  // kept for the tab's life and taken out of the address bar, so no respondent can copy it.
  let kioskToken: string | null = null;
  if (isKiosk) {
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('k');
    try {
      if (fromHash) sessionStorage.setItem(kioskKey, fromHash);
      kioskToken = fromHash ?? sessionStorage.getItem(kioskKey);
      localStorage.removeItem(storageKey);
    } catch {
      kioskToken = fromHash;
    }
    if (fromHash) history.replaceState(null, '', location.pathname + location.search);
  }

  // A personal link mailed to one person: its token came in the query (?i=<token>, checked by the
  // server and put in a hidden field) or, in links mailed before, the fragment (#i=<token>). It is
  // kept for the tab's life (a language switch reloads the page without it) and taken out of the
  // address bar, so a copied address is the public link, not theirs. Its answers go to the
  // invitations' route with the token.
  const invitationKey = 'waymark-invitation:' + config.code;
  let invitationToken: string | null = null;
  if (config.invitationSubmit) {
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('i');
    const given = form.querySelector<HTMLInputElement>('input[name="invitation_token"]')?.value || fromHash;
    try {
      if (given) sessionStorage.setItem(invitationKey, given);
      invitationToken = given ?? sessionStorage.getItem(invitationKey);
    } catch {
      invitationToken = given;
    }
    const query = new URLSearchParams(location.search);
    if (fromHash || query.has('i')) {
      query.delete('i');
      const rest = query.toString();
      history.replaceState(null, '', location.pathname + (rest ? '?' + rest : ''));
    }
    // The server wrote the note itself when the token came in the query.
    if (invitationToken && words.invitationNote && intro && !byId('invitation-note')) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = words.invitationNote;
      intro.appendChild(note);
    }
  }
  // A stakeholder group's link (?g=, checked by the server and put in a hidden field): sent with the
  // answers so the response counts for the group, and kept across a language switch.
  const group = form.querySelector<HTMLInputElement>('input[name="group"]')?.value ?? '';
  const forgetInvitation = () => {
    try {
      sessionStorage.removeItem(invitationKey);
    } catch {
      // nothing kept to remove
    }
  };

  /** The answers to send: those of the questions the respondent is shown, in survey order. */
  function shownAnswers(): { answers: Record<string, AnswerValue>; duplicates: string[]; shown: boolean[] } {
    const read = readFields(questions, fieldsOf());
    const kept: Record<string, AnswerValue> = {};
    const shown = questions.map((question, index) => {
      const isShown = shownInPage(questions, index, kept);
      if (isShown && read.answers[question.key] !== undefined) kept[question.key] = read.answers[question.key]!;
      return isShown;
    });
    return { answers: kept, duplicates: read.duplicates, shown };
  }

  function applyConditions() {
    const { shown } = shownAnswers();
    questionEls.forEach((el, index) => (el.hidden = !shown[index]));
    return shown;
  }

  let current = 0;
  const pageHasQuestions = (page: HTMLElement) => Array.from(page.querySelectorAll<HTMLElement>('.question')).some((el) => !el.hidden);
  const lastPage = () => {
    for (let n = pages.length; n > 0; n--) if (pageHasQuestions(pages[n - 1]!)) return n;
    return pages.length;
  };

  function show(page: number, focus = true) {
    applyConditions();
    current = Math.max(0, Math.min(page, pages.length));
    if (intro) intro.hidden = current > 0;
    startBar.hidden = current > 0;
    pages.forEach((section, index) => {
      section.setAttribute('data-current', String(index + 1 === current));
      section.querySelector<HTMLElement>('.page-nav')!.hidden = false;
      const next = section.querySelector<HTMLElement>('[data-action=next]');
      if (next) next.hidden = index + 1 >= lastPage();
    });
    // On the last page, Send stands beside Back; elsewhere it waits in its own bar, hidden.
    const isLast = current > 0 && current === lastPage();
    if (isLast) pages[current - 1]!.querySelector('.page-nav')!.appendChild(sendButton);
    else sendBar.appendChild(sendButton);
    sendBar.hidden = true;
    save();
    if (focus && current > 0) {
      pages[current - 1]!.focus();
      window.scrollTo(0, 0);
    }
  }

  function message(code: string, params: Record<string, string | number> = {}) {
    const template = words.problems[code] ?? words.problems.fallback ?? '';
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  }

  /** Required questions the respondent is shown but left blank, on one page or all: marked, and the first focused. */
  function checkRequired(onPage: number | null): boolean {
    const { answers, duplicates, shown } = shownAnswers();
    let first: HTMLElement | null = null;
    questionEls.forEach((el, index) => {
      const page = Number(el.closest('section.page')?.getAttribute('data-page'));
      if (onPage !== null && page !== onPage) return;
      const key = questions[index]!.key;
      let problem: string | null = null;
      if (duplicates.includes(key)) problem = message('duplicate');
      else if (shown[index] && el.getAttribute('data-required') === 'true') {
        const answer = answers[key];
        const rows = el.querySelectorAll('tbody tr').length;
        const missing = answer === undefined || (questions[index]!.type === 'matrix' && Object.keys(answer).length < rows);
        if (missing) problem = message('required');
      }
      setError(el, problem);
      if (problem && !first) first = el;
    });
    if (first) {
      const page = Number((first as HTMLElement).closest('section.page')?.getAttribute('data-page'));
      if (page !== current) show(page, false);
      say(words.errorOnPage!, false);
      (first as HTMLElement).scrollIntoView();
      (first as HTMLElement).querySelector<HTMLElement>('input, select, textarea')?.focus();
      return false;
    }
    say('', false);
    return true;
  }

  let retryButton: HTMLButtonElement | null = null;
  function say(text: string, warn: boolean, retry?: { label: string; run: () => void }) {
    // The live region stays in the page, empty, so screen readers hear each new message.
    status.textContent = text;
    status.classList.toggle('warn', warn);
    retryButton?.remove();
    retryButton = null;
    if (!retry) return;
    retryButton = document.createElement('button');
    retryButton.type = 'button';
    retryButton.className = 'secondary';
    retryButton.textContent = retry.label;
    retryButton.addEventListener('click', retry.run);
    status.insertAdjacentElement('afterend', retryButton);
  }

  // What is kept on the device: the respondent's submission id (a retry after a failure reuses it),
  // the first form token they were given (old enough to be taken), their fields and their page.
  function readStored(): Stored | null {
    if (!keepsAnswers) return null;
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Stored | null;
    } catch {
      return null;
    }
  }
  let stored = readStored();
  if (stored && Date.now() - stored.token_at > TOKEN_KEEP_MS) stored = { ...stored, form_token: hiddenInput('form_token').value, token_at: Date.now() };
  function save() {
    if (!keepsAnswers) return;
    const submission = hiddenInput('submission_id').value;
    const token = stored?.form_token ?? hiddenInput('form_token').value;
    stored = { submission_id: submission, form_token: token, token_at: stored?.token_at ?? Date.now(), fields: fieldsOf(), page: current };
    try {
      localStorage.setItem(storageKey, JSON.stringify(stored));
    } catch {
      // Private browsing or a full device: the answers stay on the page, which still sends.
    }
  }

  const hasServerErrors = form.hasAttribute('data-has-errors');
  if (stored && !hasServerErrors) {
    fill(stored.fields);
    hiddenInput('submission_id').value = stored.submission_id;
    hiddenInput('form_token').value = stored.form_token;
  }
  if (hasServerErrors) {
    applyConditions();
    const firstInvalid = form.querySelector<HTMLElement>('.question.invalid');
    show(firstInvalid ? Number(firstInvalid.closest('section.page')?.getAttribute('data-page')) : 1, false);
    byId('summary')?.focus();
  } else {
    show(stored?.page ?? 0, false);
  }

  let idleTimer = 0;
  const restartKiosk = () => {
    form.reset();
    location.reload();
  };
  function noteActivity() {
    if (!isKiosk) return;
    // A respondent who walks away mid-survey: the next person starts afresh, not on their answers.
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(restartKiosk, 180_000);
  }

  form.addEventListener('change', () => {
    applyConditions();
    save();
    noteActivity();
  });
  form.addEventListener('input', () => {
    save();
    noteActivity();
  });

  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.getAttribute('data-action');
    if (action === 'start') show(1);
    else if (action === 'back') {
      let page = current - 1;
      while (page > 1 && !pageHasQuestions(pages[page - 1]!)) page--;
      show(page);
    } else if (action === 'next' && checkRequired(current)) {
      let page = current + 1;
      while (page < lastPage() && !pageHasQuestions(pages[page - 1]!)) page++;
      show(page);
    }
  });
  thanks.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('[data-action=next-person]')) restartKiosk();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'language') {
      // The page again in the chosen language; the answers come back from the device.
      save();
      const url = location.pathname + '?lang=' + encodeURIComponent(submitter.getAttribute('data-lang') ?? '') + (group ? '&g=' + encodeURIComponent(group) : '');
      if (isKiosk) location.replace(url);
      else location.assign(url);
      return;
    }
    if (isPreview || sending || !checkRequired(null)) return;
    send();
  });

  let sending = false;
  function send() {
    sending = true;
    sendButton.disabled = true;
    const body: Record<string, unknown> = {
      submission_id: hiddenInput('submission_id').value,
      locale: config.lang,
      answers: shownAnswers().answers,
      form_token: hiddenInput('form_token').value,
      website: hiddenInput('website').value,
    };
    if (kioskToken) body.kiosk_token = kioskToken;
    if (group) body.group = group;
    const invited = invitationToken && config.invitationSubmit ? { invitation_token: invitationToken, submission_id: body.submission_id, locale: body.locale, answers: body.answers } : null;
    const stop = () => {
      sending = false;
      sendButton.disabled = false;
    };
    void sendWithRetries(
      {
        url: invited ? config.invitationSubmit! : config.submit,
        body: invited ?? body,
        words: { sending: words.sending!, offline: words.offline!, serverBusy: words.serverBusy!, tooMany: words.tooMany!, retryNow: words.retryNow! },
        say,
        sent: done,
        // An invitation the server does not know is dropped: the page again takes answers by its public link.
        gone: () => {
          if (invited) forgetInvitation();
          location.reload();
        },
        stopped: (text) => {
          stop();
          say(text ?? words.formProblem!, true);
        },
        refused: (details) => {
          stop();
          if (details.some((detail) => detail.path === '/form_token')) {
            // A token too old (a page left open for a week): a fresh page; the answers come back from the device.
            if (stored) stored.token_at = 0;
            save();
            return location.reload();
          }
          let first: HTMLElement | null = null;
          for (const detail of details) {
            const key = /^\/answers\/([^/]+)/.exec(detail.path)?.[1];
            const el = key ? questionEls[questions.findIndex((question) => question.key === key)] : undefined;
            if (!el) continue;
            setError(el, message(detail.code ?? 'fallback', detail.params));
            first ??= el;
          }
          if (!first) return say(words.formProblem!, true);
          show(Number(first.closest('section.page')?.getAttribute('data-page')), false);
          first.scrollIntoView();
          say(words.errorOnPage!, true);
        },
      },
      0,
    );
  }

  function done() {
    sending = false;
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // nothing kept to remove
    }
    stored = null;
    forgetInvitation();
    form!.reset();
    form!.hidden = true;
    if (intro) intro.hidden = true;
    thanks.hidden = false;
    thanks.focus();
    window.scrollTo(0, 0);
    if (isKiosk) {
      // The next person starts on a fresh page; nothing of this respondent stays to go back to.
      history.replaceState(null, '', location.pathname + location.search);
      window.setTimeout(restartKiosk, 8000);
    }
  }
}

/** The script as served: the two rules it shares with the server and the sender, then the page's behaviour. */
export const respondentScriptSource = `(function(){"use strict";
var isShownInPage=${isShownInPage.toString()};
var answersFromPageFields=${answersFromPageFields.toString()};
var sendWithRetries=${sendWithRetries.toString()};
var readFormFields=${pageForm.readFormFields.toString()};
var fillFormFields=${pageForm.fillFormFields.toString()};
var markQuestion=${pageForm.markQuestion.toString()};
(${respondentPageScript.toString()})({isShownInPage:isShownInPage,answersFromPageFields:answersFromPageFields,sendWithRetries:sendWithRetries,readFormFields:readFormFields,fillFormFields:fillFormFields,markQuestion:markQuestion});
})();
`;

/** Named by its content, so it is cached for a year and a new version is a new address. */
export const respondentScriptPath = `/s-assets/respondent.${createHash('sha256').update(respondentScriptSource).digest('hex').slice(0, 12)}.js`;
