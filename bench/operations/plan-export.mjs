import { largePlanDocument, postJson } from './large-plan.mjs';

/** @type {import('./index.mjs').Operation} */
export default {
  name: 'export large plan',
  description: 'GET /api/plans/{id}/export of the large plan; baseline: echo of the same JSON',
  budgetMs: 1000,
  async prepare({ waymark, baselineUrl, root }) {
    const body = JSON.stringify(await largePlanDocument(root));
    const auth = { authorization: `Bearer ${waymark.apiToken}` };
    const { id } = await postJson(`${waymark.url}/api/districts/${waymark.organizationId}/plans/import`, body, auth);
    return {
      run: async () => {
        const response = await fetch(`${waymark.url}/api/plans/${id}/export`, { headers: auth });
        const document = await response.json();
        if (response.status !== 200 || document.plan.goals.length !== 10) throw new Error(`export answered ${response.status}`);
      },
      baseline: () => postJson(`${baselineUrl}/echo`, body),
    };
  },
};
