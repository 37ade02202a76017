import { createHash } from 'node:crypto';

/**
 * The participant page's one script, a progressive enhancement of the server-drawn page: it joins
 * through the public JSON API with a random id the device keeps (localStorage, with the participant
 * ref it gets back), then shows one idea after another from /next without reloading, sends votes
 * and ideas by fetch, retried with a growing wait (2, 4 ... 60 s, or at once when back online)
 * while the connection is down, and shows the near-duplicates the server points out.
 *
 * As the survey page's script (survey-page-script.ts), it is written here in TypeScript, checked
 * against the DOM, and served as this function's compiled text: it names nothing outside itself
 * but the browser's globals.
 */
export function conversationPageScript(): void {
  interface Statement {
    id: string;
    text: string;
    language: string;
    translations: Record<string, string>;
    is_seed: boolean;
    reply: { reply: Record<string, string> | null; what_we_did: Record<string, string> | null } | null;
  }
  interface Config {
    code: string;
    lang: string;
    mode: 'rate' | 'vote';
    api: string;
    formToken: string;
    participant: string;
    answered: number;
    max: number;
    words: Record<string, string>;
  }
  interface Outcome {
    status: number;
    body: {
      participant?: string;
      statements?: Statement[];
      posted?: boolean;
      statement?: { status: string } | null;
      similar?: Statement[];
      ticket?: string;
      error?: { code?: string; details?: Array<{ path: string; code?: string }> };
    } | null;
  }

  const root = document.getElementById('conversation');
  if (!root || !window.fetch || !window.JSON) return;
  const config = JSON.parse(root.getAttribute('data-conversation') ?? '{}') as Config;
  const words = config.words;
  const byId = (id: string) => document.getElementById(id)!;
  const storageKey = 'waymark-conversation:' + config.code;

  // 36 hex digits from the browser's CSPRNG: the device's id in this conversation, never anything about the person.
  const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
  let stored: { device_id: string; participant: string; answered: number } = { device_id: randomId(), participant: '', answered: 0 };
  try {
    const kept = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as typeof stored | null;
    if (kept && typeof kept.device_id === 'string') stored = kept;
  } catch {
    // no storage (a private window): the id lives as long as the page
  }
  // A participant the server knew (the page posted without a script before) is this device's.
  if (!stored.participant && config.participant) {
    stored.participant = config.participant;
    stored.answered = Math.max(stored.answered, config.answered);
  }
  const save = () => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(stored));
    } catch {
      // nothing kept on the device; it still works until the page closes
    }
  };
  save();

  const joinSection = byId('join');
  const respond = byId('respond');
  const ideaSection = byId('idea-section');
  const joinStatus = byId('join-status');
  // Only when the conversation asks for a verified email.
  const emailStatus = document.getElementById('email-status');
  const respondStatus = byId('respond-status');
  const ideaStatus = byId('idea-status');
  const card = byId('statement');
  const ideaText = byId('idea-text') as HTMLTextAreaElement;
  const voted = new Set<string>();
  let queue: Statement[] = [];
  let lastValue: string | null = null;

  function say(element: HTMLElement, text: string, warn: boolean, retry?: () => void) {
    element.textContent = text;
    element.className = 'status' + (warn ? ' warn' : '');
    if (retry) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'linklike';
      button.textContent = ' ' + words.retryNow;
      button.addEventListener('click', retry);
      element.appendChild(button);
    }
  }

  /** GET (body null) or POST JSON, retried while the connection is down or the server fails; a too-young form token waits a moment. */
  function send(url: string, body: unknown, status: HTMLElement, done: (outcome: Outcome) => void, attempt = 0): void {
    const later = (template: string) => {
      const seconds = Math.min(60, 2 ** (attempt + 1));
      let timer = 0;
      const again = () => {
        window.clearTimeout(timer);
        window.removeEventListener('online', again);
        send(url, body, status, done, attempt + 1);
      };
      timer = window.setTimeout(again, seconds * 1000);
      window.addEventListener('online', again);
      say(status, template.replace('{seconds}', String(seconds)), true, again);
    };
    const init: RequestInit = body === null ? { credentials: 'same-origin' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' };
    fetch(url, init).then(
      (response) => {
        if (response.status === 408) return later(words.serverBusy!);
        return response
          .json()
          .catch(() => null)
          .then((json: Outcome['body']) => {
            // A server error is tried again, but not the server saying it cannot send mail: that is for the person to know.
            if (response.status >= 500 && json?.error?.code !== 'unavailable') return later(words.serverBusy!);
            if (response.status === 400 && (json?.error?.details ?? []).some((d) => d.path === '/form_token' && d.code === 'too_quick')) {
              say(status, words.tooQuick!, false);
              window.setTimeout(() => send(url, body, status, done, attempt + 1), 3000);
              return;
            }
            done({ status: response.status, body: json });
          });
      },
      () => later(words.offline!),
    );
  }

  const ok = (outcome: Outcome) => outcome.status === 200 || outcome.status === 201;

  function problem(outcome: Outcome, status: HTMLElement) {
    // Closed or gone meanwhile: the server draws the page that says so.
    if (outcome.status === 404 || outcome.status === 410) return location.reload();
    if (outcome.status === 429) return say(status, words.tooMany!, true);
    const details = outcome.body?.error?.details ?? [];
    if (details.some((d) => d.path === '/participant' || d.path === 'query/participant')) {
      stored.participant = '';
      save();
      showJoined(false);
      return say(joinStatus, words.startAgain!, true);
    }
    const emailDetail = details.find((d) => d.path === '/email' || d.path === '/email_code');
    if (outcome.status === 503) return say(emailStatus ?? status, words.mailUnavailable!, true);
    if (emailDetail?.path === '/email_code') return say(joinStatus, emailDetail.code === 'expired' ? words.codeExpired! : words.codeWrong!, true);
    if (emailDetail && emailStatus) {
      const key = emailDetail.code === 'other_email' ? 'otherEmail' : emailDetail.code === 'required' ? 'emailNeeded' : 'emailInvalid';
      return say(emailStatus, words[key]!, true);
    }
    for (const detail of details) {
      const match = /^\/demographics\/([^/]+)/.exec(detail.path);
      if (match) joinSection.querySelector('.question[data-key="' + match[1] + '"]')?.classList.add('invalid');
    }
    say(status, words.formProblem!, true);
  }

  function showJoined(joined: boolean) {
    joinSection.hidden = joined;
    respond.hidden = !joined;
    ideaSection.hidden = !joined;
    byId('answered-count').textContent = String(stored.answered);
  }

  const pick = (texts: Record<string, string> | null | undefined) => (texts ? texts[config.lang] || Object.values(texts).find(Boolean) || '' : '');

  function show(statement: Statement | null) {
    byId('done').hidden = statement !== null;
    card.hidden = statement === null;
    if (!statement) return;
    const translated = statement.language !== config.lang ? statement.translations[config.lang] : undefined;
    const text = byId('statement-text');
    text.textContent = translated || statement.text;
    text.lang = translated ? config.lang : statement.language;
    byId('original').hidden = !translated;
    const original = byId('original-text');
    original.textContent = translated ? statement.text : '';
    original.lang = statement.language;
    byId('seed-label').hidden = !statement.is_seed;
    const reply = pick(statement.reply?.reply);
    const did = pick(statement.reply?.what_we_did);
    byId('reply').hidden = !reply && !did;
    byId('reply-line').hidden = !reply;
    byId('reply-text').textContent = reply;
    byId('did-line').hidden = !did;
    byId('did-text').textContent = did;
    const form = card.querySelector('form.vote')!;
    form.querySelector<HTMLInputElement>('input[name=statement]')!.value = statement.id;
    form.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((radio) => (radio.checked = false));
  }

  function next(moveFocus: boolean) {
    queue = queue.filter((statement) => !voted.has(statement.id));
    const shown = () => {
      show(queue.shift() ?? null);
      if (moveFocus) respond.focus();
    };
    if (queue.length) return shown();
    say(respondStatus, words.loading!, false);
    send(config.api + '/next?participant=' + encodeURIComponent(stored.participant) + '&limit=5', null, respondStatus, (outcome) => {
      if (outcome.status !== 200) return problem(outcome, respondStatus);
      say(respondStatus, '', false);
      queue = (outcome.body?.statements ?? []).filter((statement) => !voted.has(statement.id));
      shown();
    });
  }

  // Which answer button was pressed, for browsers without SubmitEvent.submitter.
  document.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest?.('form.vote button[name=value]') as HTMLButtonElement | null;
    if (button) lastValue = button.value;
  });

  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (form.id === 'join-form') return join(event);
    if (form.id === 'email-form') return askForCode(event);
    if (form.id === 'idea' || form.id === 'confirm-form') {
      event.preventDefault();
      return postIdea(form.id === 'confirm-form');
    }
    if (!form.classList.contains('vote')) return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const value = config.mode === 'vote' ? (submitter?.name === 'value' ? submitter.value : lastValue) : (form.querySelector<HTMLInputElement>('input[name=value]:checked')?.value ?? null);
    const statement = form.querySelector<HTMLInputElement>('input[name=statement]')!.value;
    if (value === null || !statement) return;
    const buttons = Array.from(form.querySelectorAll('button'));
    buttons.forEach((button) => (button.disabled = true));
    const status = form.closest('#similar-box') ? ideaStatus : respondStatus;
    say(status, words.sending!, false);
    send(config.api + '/votes', { participant: stored.participant, statement, value: Number(value) }, status, (outcome) => {
      buttons.forEach((button) => (button.disabled = false));
      if (!ok(outcome)) return problem(outcome, status);
      say(status, '', false);
      voted.add(statement);
      if (outcome.status === 201) stored.answered += 1;
      save();
      byId('answered-count').textContent = String(stored.answered);
      const item = form.closest('li');
      if (item) item.remove();
      else next(true);
    });
  });

  function join(event: Event) {
    event.preventDefault();
    const joinForm = event.target as HTMLFormElement;
    const data = new FormData(joinForm);
    const demographics: Record<string, string | string[]> = {};
    joinForm.querySelectorAll<HTMLElement>('.question').forEach((question) => {
      const key = question.getAttribute('data-key') ?? '';
      const values = data.getAll('a.' + key).map(String).filter(Boolean);
      question.classList.remove('invalid');
      if (values.length) demographics[key] = question.getAttribute('data-type') === 'multi' ? values : values[0]!;
    });
    const ticket = String(data.get('email_ticket') ?? '');
    const email = ticket ? { email: String(data.get('email') ?? ''), email_code: String(data.get('email_code') ?? '').trim(), email_ticket: ticket } : {};
    const body = { device_id: stored.device_id, form_token: config.formToken, ...(joinForm.getAttribute('data-questions') !== '0' ? { demographics } : {}), ...email };
    say(joinStatus, words.sending!, false);
    send(config.api + '/participants', body, joinStatus, (outcome) => {
      if (!ok(outcome) || !outcome.body?.participant) return problem(outcome, joinStatus);
      say(joinStatus, '', false);
      stored.participant = outcome.body.participant;
      save();
      showJoined(true);
      next(true);
    });
  }

  /** Mails a code to the address given; the start form then carries the address and the code's ticket. */
  function askForCode(event: Event) {
    event.preventDefault();
    const input = byId('email') as HTMLInputElement;
    const address = input.value.trim();
    if (!emailStatus) return;
    if (!address) {
      say(emailStatus, words.emailNeeded!, true);
      return input.focus();
    }
    say(emailStatus, words.sending!, false);
    send(config.api + '/email-codes', { email: address, form_token: config.formToken }, emailStatus, (outcome) => {
      if (!ok(outcome) || !outcome.body?.ticket) return problem(outcome, emailStatus);
      const joinForm = byId('join-form') as HTMLFormElement;
      joinForm.querySelector<HTMLInputElement>('input[name=email]')!.value = address;
      joinForm.querySelector<HTMLInputElement>('input[name=email_ticket]')!.value = outcome.body.ticket;
      joinForm.hidden = false;
      const button = byId('send-code');
      button.className = 'secondary';
      button.textContent = words.sendAgain!;
      say(emailStatus, words.codeSent!.replace('{email}', address), false);
      byId('email-code').focus();
    });
  }

  const counter = byId('idea-count');
  const count = () => (counter.textContent = words.charsLeft!.replace('{count}', String(config.max - Array.from(ideaText.value).length)));
  ideaText.addEventListener('input', count);

  function postIdea(confirm: boolean) {
    const text = ideaText.value.trim();
    if (!text) {
      say(ideaStatus, words.emptyIdea!, true);
      return ideaText.focus();
    }
    const website = (byId('website') as HTMLInputElement).value;
    say(ideaStatus, words.sending!, false);
    send(config.api + '/statements', { participant: stored.participant, text, language: config.lang, form_token: config.formToken, website, ...(confirm ? { confirm: true } : {}) }, ideaStatus, (outcome) => {
      if (!ok(outcome)) return problem(outcome, ideaStatus);
      const box = byId('similar-box');
      if (outcome.body?.posted === false) {
        say(ideaStatus, '', false);
        return drawSimilar(outcome.body.similar ?? []);
      }
      box.hidden = true;
      ideaText.value = '';
      count();
      say(ideaStatus, outcome.body?.statement?.status === 'pending' ? words.postedPending! : words.postedAccepted!, false);
    });
  }

  /** The near-duplicates, each with a copy of the idea card's own response form. */
  function drawSimilar(similar: Statement[]) {
    const list = byId('similar-list');
    list.textContent = '';
    const template = card.querySelector('form.vote')!;
    similar.forEach((statement, index) => {
      const item = document.createElement('li');
      const text = document.createElement('p');
      const translated = statement.language !== config.lang ? statement.translations[config.lang] : undefined;
      text.textContent = translated || statement.text;
      text.lang = translated ? config.lang : statement.language;
      const form = template.cloneNode(true) as HTMLFormElement;
      form.querySelector<HTMLInputElement>('input[name=statement]')!.value = statement.id;
      form.querySelectorAll<HTMLElement>('[id], [for]').forEach((element) => {
        if (element.id) element.id = 'similar-' + index + '-' + element.id;
        const target = element.getAttribute('for');
        if (target) element.setAttribute('for', 'similar-' + index + '-' + target);
      });
      form.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((radio) => (radio.checked = false));
      item.append(text, form);
      list.appendChild(item);
    });
    const box = byId('similar-box');
    box.hidden = similar.length === 0;
    const title = byId('similar-title');
    title.tabIndex = -1;
    title.focus();
  }

  if (stored.participant) {
    showJoined(true);
    // The server drew the current idea when it knew this participant; else ask for the next.
    if (card.hidden) next(false);
  }
}

/** The script as served. */
export const conversationScriptSource = `(function(){"use strict";
(${conversationPageScript.toString()})();
})();
`;

/** Named by its content, so it is cached for a year and a new version is a new address. */
export const conversationScriptPath = `/c-assets/conversation.${createHash('sha256').update(conversationScriptSource).digest('hex').slice(0, 12)}.js`;
