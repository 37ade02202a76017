import { json, type TestApp } from './test-app.js';

/**
 * Imports a plan document through the API and adopts it through the lifecycle route, as a planner
 * would: what every monitoring test starts from. Throws with the server's answer when either step
 * is refused, so a test fails at its cause.
 */
export async function importAdoptedPlan(
  t: TestApp,
  options: { districtId: string; headers: Record<string, string>; document: unknown; adoptedOn?: string; adopt?: boolean },
): Promise<string> {
  const imported = await t.app.inject({ method: 'POST', url: `/api/districts/${options.districtId}/plans/import`, headers: options.headers, payload: options.document as object });
  if (imported.statusCode !== 201) throw new Error(`import failed: ${imported.statusCode} ${imported.body}`);
  const planId = json(imported).id as string;
  if (options.adopt === false) return planId;
  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: options.headers }));
  const adoption = { date: options.adoptedOn ?? '2020-06-15' };
  const adopted = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: options.headers, payload: { to: 'adopted', version, adoption } });
  if (adopted.statusCode !== 200) throw new Error(`adoption failed: ${adopted.statusCode} ${adopted.body}`);
  return planId;
}
