import type { Page } from 'playwright-core';
import { callApi } from './call-api.js';

/**
 * The demo district's real ids, by the names the route patterns use (:organizationId, :planId,
 * :cycleId, :sessionId, :slug, :surveyId, :questionKey, :focusGroupId, :conversationId, :datasetId, :retreatId, :cohortId,
 * :districtId, :deliverableId): what a journey over every page fills the patterns with.
 * A demo without data files (or data retreats) opens the page of an id that is not there: its page says so.
 */
export async function demoRouteValues(page: Page): Promise<Record<string, string>> {
  const session = await callApi(page, 'GET', '/api/auth/session');
  const demo = session.body.organizations.find((o: { name: string }) => o.name.includes('(demo)'));
  const plans = (await callApi(page, 'GET', `/api/districts/${demo.id}/plans`)).body.plans as { id: string; lifecycle: string }[];
  const cycles = (await callApi(page, 'GET', `/api/districts/${demo.id}/cycles`)).body.cycles as { id: string }[];
  const cycleId = cycles[0]!.id;
  const surveys = (await callApi(page, 'GET', `/api/districts/${demo.id}/surveys`)).body.surveys as { id: string }[];
  const survey = (await callApi(page, 'GET', `/api/surveys/${surveys[0]!.id}`)).body as { document: { questions: { key: string; type: string }[] } };
  return {
    organizationId: demo.id,
    planId: plans.find((p) => p.lifecycle === 'adopted')!.id,
    cycleId,
    sessionId: (await callApi(page, 'GET', `/api/cycles/${cycleId}`)).body.sessions[0].id,
    // The review page of one of the demo's deliverables (opened from a district, it says it is a network's page).
    districtId: demo.id,
    deliverableId: (await callApi(page, 'GET', `/api/cycles/${cycleId}`)).body.deliverables[0].id,
    slug: (await callApi(page, 'GET', `/api/districts/${demo.id}/public-site`)).body.slug,
    surveyId: surveys[0]!.id,
    questionKey: survey.document.questions.find((q) => q.type === 'text')!.key,
    focusGroupId: (await callApi(page, 'GET', `/api/cycles/${cycleId}/focus-groups`)).body.focus_groups[0].id,
    conversationId: (await callApi(page, 'GET', `/api/districts/${demo.id}/conversations`)).body.conversations[0].id,
    datasetId: (await callApi(page, 'GET', `/api/districts/${demo.id}/datasets`)).body?.datasets?.[0]?.id ?? '00000000-0000-4000-8000-000000000000',
    retreatId: (await callApi(page, 'GET', `/api/cycles/${cycleId}/retreats`)).body?.retreats?.[0]?.id ?? '00000000-0000-4000-8000-000000000000',
    // The demo is a district, in no network: its cohort pages say so, whatever the id.
    cohortId: (await callApi(page, 'GET', `/api/districts/${demo.id}/network`)).body?.cohorts?.[0]?.cohortId ?? '00000000-0000-4000-8000-000000000000',
  };
}
