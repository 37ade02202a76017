/**
 * How the respondent page's script sends the answers: by fetch, retried with a growing wait (2, 4,
 * 8 ... 60 s, or at once when the browser is back online) while the connection is down or the
 * server fails, always with the same body, so the same submission id: the server keeps one
 * response however many attempts arrive. Self-contained like page-logic.ts, for the same reason:
 * its source text is what the served script carries (survey-page-script.ts).
 */

export interface AnswerRefusal {
  path: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** What the page gives the sender: the body to send and what to do with each outcome. */
export interface SendingPage {
  url: string;
  body: Record<string, unknown>;
  words: { sending: string; offline: string; serverBusy: string; tooMany: string; retryNow: string };
  /** A message in the page's live region; `retry` adds a button that sends again at once. */
  say(text: string, warn: boolean, retry?: { label: string; run: () => void }): void;
  sent(): void;
  /** 404 or 410: the survey is gone; the page drawn again says so. */
  gone(): void;
  /** 400: the answers (or the form token) refused, each with its path. */
  refused(details: AnswerRefusal[]): void;
  /** 429 and other answers that a retry would not change. */
  stopped(message: string | null): void;
}

export async function sendWithRetries(page: SendingPage, attempt: number): Promise<void> {
  const later = (template: string) => {
    const seconds = Math.min(60, 2 ** (attempt + 1));
    let timer = 0;
    const again = () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', again);
      void sendWithRetries(page, attempt + 1);
    };
    timer = window.setTimeout(again, seconds * 1000);
    window.addEventListener('online', again);
    page.say(template.replace('{seconds}', String(seconds)), true, { label: page.words.retryNow, run: again });
  };
  page.say(page.words.sending, false);
  let response: Response;
  try {
    response = await fetch(page.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(page.body), credentials: 'same-origin' });
  } catch {
    return later(page.words.offline);
  }
  if (response.status === 200 || response.status === 201) return page.sent();
  if (response.status === 404 || response.status === 410) return page.gone();
  if (response.status >= 500 || response.status === 408) return later(page.words.serverBusy);
  if (response.status === 429) return page.stopped(page.words.tooMany);
  const answer = (await response.json().catch(() => null)) as { error?: { message?: string; details?: AnswerRefusal[] } } | null;
  const details = answer?.error?.details ?? [];
  // Faster than the server believes a person answers: a moment later it takes the same answers.
  if (details.some((detail) => detail.path === '/form_token' && detail.code === 'too_quick')) {
    window.setTimeout(() => void sendWithRetries(page, attempt + 1), 3000);
    return;
  }
  if (response.status === 400) return page.refused(details);
  // 409: a personal link already used for another response; the server says so in the page's language.
  if (response.status === 409) return page.stopped(answer?.error?.message ?? null);
  page.stopped(null);
}
