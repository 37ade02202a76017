import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
type Work = { deliverable_id: string; area: string; count: number; is_done: boolean };
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Maple Grove' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const now = () => new Date().toISOString();

/** A survey of the cycle with `answers` responses, written as the respondent page leaves them. */
async function surveyWithResponses(cycleId: string | null, answers: number) {
  const survey = await t.ctx.db
    .insertInto('surveys')
    .values({ organization_id: districtId, cycle_id: cycleId, engagement_entry_id: null, title: 'Family survey', document: JSON.stringify({}), starter_key: null, created_by: null, created_at: now(), updated_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < answers; i++) {
    await t.ctx.db.insertInto('survey_responses').values({ survey_id: survey.id, organization_id: districtId, submission_id: crypto.randomUUID(), locale: 'en', answers: JSON.stringify({}), respondent_name: null, respondent_email: null, entered_by: null, submitted_at: now() }).execute();
  }
}

async function workFor(cycleId: string, deliverableId: string): Promise<Work | undefined> {
  const response = await api.call('GET', `/api/cycles/${cycleId}/deliverable-work`, planner);
  return (response.body.work as Work[]).find((entry) => entry.deliverable_id === deliverableId);
}

describe('the engagement domain’s work areas', () => {
  it('counts what the cycle heard: community input cannot be complete before anyone has said anything', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'thru-community-planning' });
    const input = cycle.deliverables.find((d: { templateKey: string }) => d.templateKey === 'community-input');
    expect(input.linksTo).toBe('engagement.input');
    expect(await workFor(cycle.id, input.id)).toMatchObject({ area: 'engagement.input', count: 0, is_done: false });
    const refused = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${input.id}/status`, planner, { version: input.version, status: 'complete' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details[0]).toMatchObject({ code: 'work_is_empty', params: { area: 'engagement.input' } });

    // Another cycle's survey, or one of no cycle, is not this cycle's input.
    await surveyWithResponses(null, 2);
    expect((await workFor(cycle.id, input.id))?.count).toBe(0);
    await surveyWithResponses(cycle.id, 3);
    expect(await workFor(cycle.id, input.id)).toMatchObject({ count: 3, is_done: true });
    const done = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${input.id}/status`, planner, { version: input.version, status: 'complete' });
    expect(done.status).toBe(200);
  });

  it('counts the themes found as the findings', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'thru-community-planning' });
    const findings = cycle.deliverables.find((d: { templateKey: string }) => d.templateKey === 'findings');
    expect(findings.linksTo).toBe('engagement.findings');
    expect((await workFor(cycle.id, findings.id))?.count).toBe(0);
    await t.ctx.db.insertInto('focus_group_themes').values({ organization_id: districtId, cycle_id: cycle.id, name: 'Safe routes to school', created_at: now(), updated_at: now() }).execute();
    expect(await workFor(cycle.id, findings.id)).toMatchObject({ area: 'engagement.findings', count: 1, is_done: true });
  });
});
