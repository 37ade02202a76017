import { randomUUID } from 'node:crypto';
import type { PlanDocument } from '../../core/plan/format/plan-format.schema.js';
import { importAdoptedPlan } from './adopted-plan.js';
import { json, type TestApp } from './test-app.js';

/** A draft with the parts people comment on: mission, values, a goal, a measure, a strategy with a description, an action. */
export const draftForComment: PlanDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Lakeside Unified', kind: 'district' },
  plan: {
    title: 'Lakeside 2027-2031',
    status: 'draft',
    mission: 'Every student known, challenged and ready.',
    values: [{ name: 'Equity', description: 'Resources go where needs are greatest.' }],
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        measures: [{ key: 'G1.M1', name: 'Grade 3 reading proficiency', unit: 'percent', direction: 'increase', targets: [{ period: { label: '2030-31' }, value: 70 }] }],
        strategies: [
          {
            key: 'G1.S1',
            title: 'High-dosage tutoring',
            description: 'Tutors meet struggling readers three times a week during the school day.',
            actions: [{ key: 'G1.S1.A1', title: 'Hire twenty tutors' }],
          },
        ],
      },
    ],
  },
} as PlanDocument;

type Headers = Record<string, string>;

/** Imports the draft (not adopted) and opens it for public comment through the API; returns the ids. */
export async function openDraftForComment(t: TestApp, options: { districtId: string; headers: Headers; closesOn?: string; verifyEmail?: boolean; showComments?: boolean; document?: PlanDocument }) {
  const planId = await importAdoptedPlan(t, { districtId: options.districtId, headers: options.headers, document: options.document ?? draftForComment, adopt: false });
  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: options.headers }));
  const opened = await t.app.inject({
    method: 'POST',
    url: `/api/plans/${planId}/public-comment`,
    headers: options.headers,
    payload: { version, closes_on: options.closesOn ?? '2099-12-31', verify_email: options.verifyEmail, show_comments: options.showComments },
  });
  if (opened.statusCode !== 201) throw new Error(`opening public comment failed: ${opened.statusCode} ${opened.body}`);
  return { planId, windowId: json(opened).window.id as string };
}

/** A comment from anyone through the public route (a fresh submission id unless given). */
export function postDraftComment(t: TestApp, slug: string, payload: Record<string, unknown>, address = '198.51.100.7') {
  return t.app.inject({ method: 'POST', url: `/api/public/districts/${slug}/draft/comments`, payload: { submission_id: randomUUID(), ...payload }, remoteAddress: address });
}

/** Changes an element's fields in the working copy, as the editor does. */
export async function editPlanElement(t: TestApp, headers: Headers, planId: string, key: string, fields: Record<string, unknown>) {
  const plan = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers }));
  const element = plan.elements.find((e: { key: string }) => e.key === key);
  const res = await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/elements/${element.id}`, headers, payload: { version: element.version, fields } });
  if (res.statusCode !== 200) throw new Error(`editing ${key} failed: ${res.statusCode} ${res.body}`);
}
