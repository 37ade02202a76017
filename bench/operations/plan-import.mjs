import { largePlanDocument, postJson } from './large-plan.mjs';

/** @type {import('./index.mjs').Operation} */
export default {
  name: 'import large plan',
  description: 'POST /api/districts/{id}/plans/import of 10 goals, 80 measures x 8 groups x 6 periods, 40 strategies, 400 actions; baseline: echo of the same JSON',
  budgetMs: 1000,
  async prepare({ waymark, baselineUrl, root }) {
    const body = JSON.stringify(await largePlanDocument(root));
    const auth = { authorization: `Bearer ${waymark.apiToken}` };
    return {
      run: () => postJson(`${waymark.url}/api/districts/${waymark.organizationId}/plans/import`, body, auth),
      baseline: () => postJson(`${baselineUrl}/echo`, body),
    };
  },
};
