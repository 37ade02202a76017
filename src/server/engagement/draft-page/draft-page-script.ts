import { createHash } from 'node:crypto';

/**
 * The draft page's one script, a progressive enhancement of the server-drawn page (which works
 * without it through plain links and form posts): "comment on this" opens the form right under
 * the part instead of on a page of its own; a passage selected in a part's text (mouse or touch)
 * brings up a bar whose button opens the form with the part and the passage filled in; the form
 * is sent as JSON to the public API and answered in place, each refused field said under it.
 *
 * As the conversation page's script, it is written here in TypeScript, checked against the DOM,
 * and served as this function's compiled text: it names nothing outside itself but the
 * browser's globals.
 */
export function draftPageScript(): void {
  interface Config {
    api: string;
    lang: string;
    words: Record<string, string>;
  }
  interface Answer {
    message?: string;
    error?: { code?: string; message?: string; details?: Array<{ path: string; code?: string }> };
  }
  const root = document.getElementById('draft');
  const form = document.getElementById('comment') as HTMLFormElement | null;
  const section = document.getElementById('comment-form');
  if (!root || !form || !section || !window.fetch || !window.JSON) return;
  const config = JSON.parse(root.getAttribute('data-draft') ?? '{}') as Config;
  const words = config.words;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const elementKey = byId<HTMLInputElement>('element-key');
  const submissionId = byId<HTMLInputElement>('submission-id');
  const quoteField = byId<HTMLElement>('quote-field');
  const quote = byId<HTMLTextAreaElement>('quote');
  const body = byId<HTMLTextAreaElement>('body');
  const targetLabel = byId<HTMLElement>('target-label');
  const message = byId<HTMLElement>('form-message');
  const send = byId<HTMLButtonElement>('send');
  const bar = byId<HTMLElement>('passage-bar');
  const formTitle = byId<HTMLElement>('form-title');
  const home = document.createComment('comment form');
  section.parentNode!.insertBefore(home, section);

  // A fresh id per comment, so a comment sent twice (a retry after a lost answer) is kept once.
  const newId = () => {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  submissionId.value = newId();

  /** Opens the form under a part (key '' is the whole draft), with a passage of it when one was selected. */
  const open = (key: string, passage: string) => {
    const part = key ? document.getElementById('part-' + key) : null;
    elementKey.value = part ? key : '';
    targetLabel.textContent = '';
    if (part) {
      targetLabel.appendChild(document.createTextNode(part.getAttribute('data-label') ?? key));
      const title = part.querySelector(':scope > h2 span:not(.kind-label), :scope > h3 span:not(.kind-label), :scope > h4 span:not(.kind-label), :scope > h5 span:not(.kind-label)');
      if (title) targetLabel.append(': ', title.cloneNode(true));
      const link = part.querySelector(':scope > .comment-on');
      part.insertBefore(section, link ? link.nextSibling : null);
      // Under a part, the form's heading is one level below the part's, as the outline reads.
      const level = Number(part.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5')?.tagName.slice(1) ?? 1);
      formTitle.setAttribute('aria-level', String(Math.min(level + 1, 6)));
    } else {
      targetLabel.textContent = words.wholeDraft ?? '';
      home.parentNode!.insertBefore(section, home.nextSibling);
      formTitle.removeAttribute('aria-level');
    }
    quoteField.hidden = !part;
    quote.value = part ? passage : '';
    clearProblems();
    section.scrollIntoView({ block: 'start' });
    body.focus({ preventScroll: true });
  };

  document.querySelectorAll<HTMLAnchorElement>('a.comment-link').forEach((link) =>
    link.addEventListener('click', (event) => {
      event.preventDefault();
      open(link.getAttribute('data-element') ?? '', '');
    }),
  );

  // The passage selected in one text of one part, kept while the bar's button is pressed: on a
  // phone, touching the button clears the selection before the click arrives.
  let chosen: { key: string; passage: string } | null = null;
  let hideLater = 0;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const text = selection && !selection.isCollapsed ? selection.toString().replace(/\s+/g, ' ').trim() : '';
    const at = (node: Node | null) => (node ? (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('.quotable') : null);
    const quotable = text && selection ? at(selection.anchorNode) : null;
    const part = quotable && quotable === at(selection!.focusNode) && !section.contains(quotable) ? quotable.closest('[data-element]') : null;
    if (part && text.length <= 1000) {
      window.clearTimeout(hideLater);
      chosen = { key: part.getAttribute('data-element') ?? '', passage: text };
      bar.hidden = false;
      return;
    }
    window.clearTimeout(hideLater);
    hideLater = window.setTimeout(() => {
      bar.hidden = true;
    }, 1500);
  });
  byId<HTMLButtonElement>('passage-button').addEventListener('click', () => {
    if (!chosen) return;
    bar.hidden = true;
    open(chosen.key, chosen.passage);
  });

  const fieldOf: Record<string, string> = { '/body': 'body', '/email': 'email', '/quote': 'quote', '/name': 'name', '/role': 'role', '/school_id': 'school', '/element_key': 'quote' };
  const clearProblems = () => {
    form.querySelectorAll('.problem').forEach((p) => p.remove());
    form.querySelectorAll('[aria-invalid]').forEach((field) => {
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', (field.getAttribute('aria-describedby') ?? '').replace(/\S+-problem/g, '').trim());
    });
    message.textContent = '';
    message.className = 'message';
  };
  const problemAt = (fieldId: string, text: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    const line = document.createElement('p');
    line.className = 'problem';
    line.id = fieldId + '-problem';
    line.textContent = text;
    field.parentNode!.insertBefore(line, field);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') ?? '') + ' ' + line.id).trim());
  };
  const say = (text: string, warn: boolean) => {
    message.textContent = text;
    message.className = warn ? 'message warn' : 'message';
  };
  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    if (!value('body')) {
      problemAt('body', words['problem.body.required'] ?? '');
      body.focus();
      return;
    }
    const payload: Record<string, string | null> = { body: value('body'), submission_id: submissionId.value, language: config.lang };
    for (const name of ['element_key', 'quote', 'name', 'email', 'role', 'school_id', 'form_token', 'website']) if (value(name)) payload[name] = value(name);
    send.disabled = true;
    say(words.sending ?? '', false);
    let status = 0;
    let answer: Answer = {};
    try {
      const response = await fetch(config.api, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload) });
      status = response.status;
      answer = ((await response.json().catch(() => ({}))) ?? {}) as Answer;
    } catch {
      status = 0;
    }
    send.disabled = false;
    if (status >= 200 && status < 300) {
      say(answer.message ?? '', false);
      body.value = '';
      quote.value = '';
      submissionId.value = newId();
      return;
    }
    if (status === 0) return say(words.offline ?? '', true);
    if (status === 403 || status === 404) {
      say(answer.error?.message ?? words.formProblem ?? '', true);
      send.hidden = true;
      return;
    }
    if (status === 429) return say(words.tooMany ?? '', true);
    if (status !== 400) return say(words.serverBusy ?? '', true);
    const details = answer.error?.details ?? [];
    const token = details.find((d) => d.path === '/form_token');
    if (token) return say(words[token.code === 'too_quick' ? 'tooQuick' : 'formProblem'] ?? '', true);
    let first: HTMLElement | null = null;
    for (const detail of details) {
      const field = fieldOf[detail.path];
      if (!field) continue;
      const name = detail.path.slice(1);
      const filled = Boolean(value(name));
      const key = name === 'body' ? (filled ? 'problem.body.too_long' : 'problem.body.required') : name === 'email' ? (filled ? 'problem.email.invalid' : 'problem.email.required') : `problem.${name}.invalid`;
      problemAt(field, words[key] ?? words['problem.other'] ?? '');
      first = first ?? document.getElementById(field);
    }
    say(words[first ? 'fieldProblems' : 'formProblem'] ?? '', true);
    first?.focus();
  });
}

/** The script as served. */
export const draftScriptSource = `(function(){"use strict";
(${draftPageScript.toString()})();
})();
`;

/** Named by its content, so it is cached for a year and a new version is a new address. */
export const draftScriptPath = `/p-assets/draft.${createHash('sha256').update(draftScriptSource).digest('hex').slice(0, 12)}.js`;
