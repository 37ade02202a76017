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

/**
 * Imports a plan document and adopts it through the lifecycle route, as the planner in the page:
 * where the monitoring journeys begin. Throws with the server's answer when a step is refused.
 */
export async function importAdoptedPlan(page: Page, organizationId: string, document: unknown, adoptedOn: string): Promise<string> {
  const imported = await callApi(page, 'POST', `/api/districts/${organizationId}/plans/import`, document);
  if (imported.status !== 201) throw new Error(`import answered ${imported.status}: ${JSON.stringify(imported.body)}`);
  const planId = imported.body.id as string;
  const plan = await callApi(page, 'GET', `/api/plans/${planId}`);
  const adopted = await callApi(page, 'POST', `/api/plans/${planId}/transitions`, { to: 'adopted', version: plan.body.version, adoption: { date: adoptedOn } });
  if (adopted.status !== 200) throw new Error(`adoption answered ${adopted.status}: ${JSON.stringify(adopted.body)}`);
  return planId;
}
