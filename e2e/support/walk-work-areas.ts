import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi } from './call-api.js';

/**
 * The work of the data retreat and of the community's voice that some frameworks' deliverables are
 * produced in, done through the API as the signed-in planner: the retreat board and the engagement
 * screens have journeys of their own (data-retreat-board, retreat-room, survey and focus-group
 * journeys); the walk only needs the work to be there so the checklist lets each deliverable be
 * completed.
 */
export interface WalkScope {
  /** A page of the application, signed in as the planner. */
  page: Page;
  base: string;
  organizationId: string;
  cycleId: string;
}

async function send(scope: WalkScope, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown) {
  const { status, body } = await callApi(scope.page, method, path, data);
  expect(status, `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

/** A metric of the district's data, loading a small Virginia-layout file first when there is none. */
async function firstMetric(scope: WalkScope, file: string): Promise<string> {
  const metricsPath = `/api/districts/${scope.organizationId}/evidence/metrics`;
  const known = (await send(scope, 'GET', metricsPath)).metrics as Array<{ key: string }>;
  if (known.length) return known[0]!.key;
  const { csrfToken } = await send(scope, 'GET', '/api/auth/session');
  const upload = await scope.page.request.post(`${scope.base}/api/districts/${scope.organizationId}/datasets`, {
    headers: { 'x-csrf-token': csrfToken },
    multipart: { file: { name: 'chronic_absenteeism.csv', mimeType: 'text/csv', buffer: Buffer.from(file) } },
  });
  expect(upload.status(), await upload.text()).toBeLessThan(300);
  await expect.poll(async () => ((await send(scope, 'GET', metricsPath)).metrics as unknown[]).length, { timeout: 30_000 }).toBeGreaterThan(0);
  return ((await send(scope, 'GET', metricsPath)).metrics as Array<{ key: string }>)[0]!.key;
}

/** A retreat on the cycle's first session, with a chart and a SWOT item; a priority analysed, root causes too when asked. */
export async function holdDataRetreat(scope: WalkScope, file: string, options: { priority: boolean; rootCauses: boolean }) {
  const cycle = await send(scope, 'GET', `/api/cycles/${scope.cycleId}`);
  const retreat = await send(scope, 'POST', `/api/cycles/${scope.cycleId}/retreats`, { session_id: cycle.sessions[0].id, title: 'Data retreat' });
  const metric = await firstMetric(scope, file);
  await send(scope, 'POST', `/api/retreats/${retreat.id}/charts`, { question: 'Which schools miss the most days?', metric, view: { by: 'school' } });
  await send(scope, 'POST', `/api/retreats/${retreat.id}/swot`, { quadrant: 'weakness', text: 'Chronic absence is highest in the middle grades' });
  if (!options.priority) return;
  const added = await send(scope, 'POST', `/api/retreats/${retreat.id}/priorities`, { title: 'Attendance in the middle grades' });
  const priority = added.priorities.find((p: { id: string }) => p.id === added.added[0]);
  await send(scope, 'PUT', `/api/retreats/${retreat.id}/priorities/${priority.id}`, {
    version: priority.version,
    current_state: 'One student in six misses a month of school.',
    future_state: 'Fewer than one in ten by 2030.',
    ...(options.rootCauses ? { root_cause_method: 'five_whys', root_causes: ['Students miss the bus', 'Routes changed mid-year'] } : {}),
  });
}

/** One response to a survey of the cycle, typed in from paper. */
export async function hearTheCommunity(scope: WalkScope) {
  const document = {
    format: 'survey/v1',
    title: { en: 'Family survey', es: 'Encuesta a las familias' },
    mode: 'anonymous',
    languages: ['en', 'es'],
    questions: [{ key: 'why', type: 'text', text: { en: 'What should change?', es: '¿Qué debería cambiar?' } }],
  };
  const survey = await send(scope, 'POST', `/api/districts/${scope.organizationId}/surveys`, document);
  const linked = await send(scope, 'PATCH', `/api/surveys/${survey.id}/settings`, { version: survey.version, cycle_id: scope.cycleId });
  await send(scope, 'POST', `/api/surveys/${linked.id}/open`, {});
  await send(scope, 'POST', `/api/surveys/${linked.id}/paper-responses`, { submission_id: crypto.randomUUID(), locale: 'en', answers: { why: 'Later start times' } });
}

/** A theme in the cycle's focus-group codebook: what the findings are counted in. */
export async function drawFindings(scope: WalkScope) {
  await send(scope, 'POST', `/api/cycles/${scope.cycleId}/focus-group-themes`, { name: 'Safe routes to school' });
}
