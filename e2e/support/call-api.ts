import type { Page } from 'playwright-core';

/**
 * A JSON request from inside the page, with the session's cookie and CSRF token, as another screen
 * of the application would send it: for the set-up steps a journey does not walk through.
 */
export function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}
