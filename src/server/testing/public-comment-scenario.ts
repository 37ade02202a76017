import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { PlanDocument } from '../../core/plan/format/plan-format.schema.js';
import { cliActor } from '../platform/audit/actor.js';
import { addSchool } from '../platform/organizations/manage-schools.js';
import { importAdoptedPlan } from './adopted-plan.js';
import { storeResponses } from './survey-themes-kit.js';
import { openSurveyFor } from './survey-test-kit.js';
import { json, type TestApp } from './test-app.js';

/** The strategy's sentence in the draft, and as the team rewrote it after Rosa's comment. */
export const draftSentence = 'Offer small-group tutoring three times a week to every first grader who needs it.';
export const adoptedSentence = 'Offer small-group tutoring four times a week to every first grader who needs it.';
export const rosa = { name: 'Rosa Quintanilla', email: 'rosa.quintanilla@example.org', body: 'Three sessions are not enough; please make it four times a week.' };
export const spam = 'BUY CHEAP WATCHES AT OUR SHOP';

const draftPlan = (district: string): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: district, kind: 'district' },
  plan: {
    title: 'Plan 2027-2030',
    mission: 'Every student leaves ready for what comes next.',
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        strategies: [{ key: 'G1.S1', title: 'Tutoring for early readers', description: draftSentence }],
      },
      { key: 'G2', title: 'Every family feels welcome', extensions: { waymark_evidence: [{ text: 'Families asked for evening meetings (spring survey)' }] } },
    ],
  },
});

export type Scenario = Awaited<ReturnType<typeof commentScenario>>;

/**
 * A district whose draft plan went out for public comment, as a planner and residents would do it
 * through the API: two schools and a population by role, the cycle producing the plan with a
 * survey, nine comments (Rosa's on the strategy's passage with her name and address, seven more
 * from parents, two from students, a small group), one comment hidden as spam, Rosa's accepted
 * with the strategy's text changed. `adopt()` adopts the plan.
 */
export async function commentScenario(t: TestApp, name: string) {
  const district = await t.factories.organization({ name });
  const planner = await t.factories.user({ organizationId: district.id, role: 'administrator' });
  const auth = planner.auth;
  const { slug } = await t.ctx.db.selectFrom('organizations').select('slug').where('id', '=', district.id).executeTakeFirstOrThrow();
  const lincoln = await addSchool({ db: t.ctx.db, actor: cliActor, organizationId: district.id, name: 'Lincoln Elementary', code: null });
  await addSchool({ db: t.ctx.db, actor: cliActor, organizationId: district.id, name: 'Central High', code: null });
  const population = async (school: string, version: number, groups: { label: string; count: number }[]) => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/districts/${district.id}/population`, headers: auth, payload: { version, school, dimension: 'role', groups } });
    expect(res.statusCode, res.body).toBe(200);
  };
  await population('', 0, [{ label: 'Parent', count: 6000 }, { label: 'Staff', count: 1000 }, { label: 'Student', count: 3000 }]);
  await population('Lincoln Elementary', 1, [{ label: 'Parent', count: 600 }, { label: 'Student', count: 400 }]);
  await population('Central High', 2, [{ label: 'Parent', count: 500 }, { label: 'Student', count: 500 }]);

  const planId = await importAdoptedPlan(t, { districtId: district.id, headers: auth, document: draftPlan(name), adopt: false });
  const cycle = json(await t.app.inject({ method: 'POST', url: `/api/districts/${district.id}/cycles`, headers: auth, payload: { templateId: 'cec-strategic-planning', name: 'Strategic plan 2027', startDate: '2026-09-01' } }));
  const linked = await t.app.inject({ method: 'PATCH', url: `/api/cycles/${cycle.id}`, headers: auth, payload: { version: cycle.version, planId } });
  expect(linked.statusCode, linked.body).toBe(200);
  const survey = await openSurveyFor(t, district.id, auth);
  const surveyVersion = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${survey.id}`, headers: auth })).version;
  const placed = await t.app.inject({ method: 'PATCH', url: `/api/surveys/${survey.id}/settings`, headers: auth, payload: { version: surveyVersion, cycle_id: cycle.id } });
  expect(placed.statusCode, placed.body).toBe(200);
  await storeResponses(t, { id: survey.id, organizationId: district.id }, [...Array.from({ length: 9 }, () => ({ role: 'parent', safe: 'agree' })), ...Array.from({ length: 2 }, () => ({ role: 'student', safe: 'agree' }))]);

  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: auth }));
  const opened = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/public-comment`, headers: auth, payload: { version, closes_on: '2099-12-31' } });
  expect(opened.statusCode, opened.body).toBe(201);

  const post = async (payload: Record<string, unknown>) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/public/districts/${slug}/draft/comments`, payload: { submission_id: randomUUID(), ...payload } });
    expect(res.statusCode, res.body).toBe(201);
    return json(res).id as string;
  };
  const rosaId = await post({ element_key: 'G1.S1', quote: 'three times a week', body: rosa.body, name: rosa.name, email: rosa.email, role: 'parent', school_id: lincoln.id });
  const others = [
    await post({ element_key: 'G1.S1', body: 'More tutoring please, my son needs it.', role: 'parent', school_id: lincoln.id }),
    await post({ element_key: 'G1', body: 'Reading by grade 3 is the right goal.', role: 'parent', school_id: lincoln.id }),
    await post({ element_key: 'mission', body: 'The mission should mention families.', role: 'parent', school_id: lincoln.id }),
    await post({ body: 'Thank you for asking us about the plan.', role: 'parent', school_id: lincoln.id }),
    await post({ element_key: 'G2', body: 'Evening meetings would help working parents.', role: 'parent', school_id: lincoln.id }),
    await post({ element_key: 'G2', body: 'Translate every letter home into Spanish.', role: 'parent', school_id: lincoln.id }),
    await post({ element_key: 'G1.S1', body: 'Tutoring helped me a lot in first grade.', role: 'student', school_id: lincoln.id }),
    await post({ element_key: 'G2', body: 'Students want a say too.', role: 'student', school_id: lincoln.id }),
  ];
  const spamId = await post({ body: spam, role: 'parent' });
  const moderate = async (id: string, decision: 'accept' | 'hide') => {
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/comments/public/${id}/moderation`, headers: auth, payload: decision === 'hide' ? { decision, reason: 'spam' } : { decision } });
    expect(res.statusCode, res.body).toBe(200);
    return json(res).version as number;
  };
  const rosaVersion = await moderate(rosaId, 'accept');
  for (const id of others) await moderate(id, 'accept');
  await moderate(spamId, 'hide');

  // The team rewrites the strategy, then answers Rosa's comment with that change.
  const strategy = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version']).where('plan_id', '=', planId).where('key', '=', 'G1.S1').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  const edited = await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/elements/${strategy.id}`, headers: auth, payload: { version: strategy.version, fields: { title: 'Tutoring for early readers', description: adoptedSentence } } });
  expect(edited.statusCode, edited.body).toBe(200);
  const disposed = await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/comments/public/${rosaId}/disposition`, headers: auth, payload: { version: rosaVersion, disposition: 'accepted', note: 'We added a fourth weekly session.', changed_keys: ['G1.S1'] } });
  expect(disposed.statusCode, disposed.body).toBe(200);

  const adopt = async () => {
    const { version: planVersion } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: auth }));
    const adopted = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: auth, payload: { to: 'adopted', version: planVersion, adoption: { date: '2027-06-15' } } });
    expect(adopted.statusCode, adopted.body).toBe(200);
  };
  return { districtId: district.id, slug: slug!, planId, auth, planner, adopt, rosaId };
}
