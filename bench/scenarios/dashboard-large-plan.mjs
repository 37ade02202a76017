import { largePlanDocument } from '../operations/large-plan.mjs';
import { jsonRequest } from '../lib/http.mjs';

const MONTHS = 36;

/** Three school years of months before the plan's first target year, as the bulk upload labels them. */
function monthLabels() {
  const labels = [];
  for (let i = 0; i < MONTHS; i++) {
    const year = 2025 + Math.floor((i + 6) / 12);
    labels.push(`${year}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`);
  }
  return labels;
}

/**
 * The dashboard target: the leadership dashboard (GET /api/plans/{id}/scorecard) of the
 * large plan with three years of monthly updates, 20 concurrent readers, p95 under 50 ms. The plan
 * is imported with monthly measures and five years of targets, adopted, given 36 months of actuals
 * for all students and 8 groups through the bulk route (a revision per measure and month) and one
 * owner's update per action. Readers ask for gzip, as every browser does.
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'dashboard (large plan)',
  description: 'GET /api/plans/{id}/scorecard: 10 goals, 80 measures x 8 groups, 36 months of updates, 400 actions',
  server: 'waymark',
  connections: 20,
  targetP95Ms: 50,
  async request({ waymark, root, shared }) {
    const auth = { authorization: `Bearer ${waymark.apiToken}` };
    const document = await largePlanDocument(root, { periods: 5 });
    for (const goal of document.plan.goals) for (const measure of goal.measures ?? []) measure.cadence = 'monthly';
    document.plan.period = { start: { label: '2025-26', ends_on: '2026-06-30' }, end: { label: '2029-30', ends_on: '2030-06-30' } };
    const { json: imported } = await waymark.send(jsonRequest('POST', `/api/districts/${waymark.organizationId}/plans/import`, document, auth));
    const planId = imported.id;
    const { json: plan } = await waymark.send({ path: `/api/plans/${planId}`, headers: auth });
    await waymark.send(jsonRequest('POST', `/api/plans/${planId}/transitions`, { to: 'adopted', version: plan.version, adoption: { date: '2025-06-15' } }, auth));

    const measures = document.plan.goals.flatMap((goal) => goal.measures ?? []);
    const groups = [...new Set(measures[0].targets.filter((t) => t.subgroup).map((t) => t.subgroup))];
    const months = monthLabels();
    for (let start = 0; start < measures.length; start += 10) {
      const rows = measures.slice(start, start + 10).flatMap((measure, m) =>
        months.flatMap((period, i) => [
          { measure_key: measure.key, period, value: 40 + m + i * 0.2, n: 1200 },
          ...groups.map((subgroup, g) => ({ measure_key: measure.key, period, subgroup, value: 28 + g + i * 0.25, n: 40 + g * 9 })),
        ]),
      );
      await waymark.send(jsonRequest('POST', `/api/plans/${planId}/actuals`, rows, auth));
    }
    const actions = document.plan.goals.flatMap((goal) => (goal.strategies ?? []).flatMap((s) => s.actions ?? []));
    for (const action of actions) {
      const { json: updates } = await waymark.send({ path: `/api/plans/${planId}/elements/${encodeURIComponent(action.key)}/updates`, headers: auth });
      const period = updates.periods.at(-1)?.label;
      if (!period) continue;
      await waymark.send(
        jsonRequest('POST', `/api/plans/${planId}/elements/${encodeURIComponent(action.key)}/updates`, { periodLabel: period, actionStatus: 'on_track', percentComplete: 40, happened: 'Coaching cycles ran in every school.' }, auth),
      );
    }
    // The public page audit (bench/lib/public-page-audit.mjs) publishes this plan.
    shared.largePlanId = planId;
    // As a browser asks for it: with gzip, which the server keeps ready with its cached answer.
    return { method: 'GET', path: `/api/plans/${planId}/scorecard`, headers: { ...auth, 'accept-encoding': 'gzip' } };
  },
};
