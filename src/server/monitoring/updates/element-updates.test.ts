import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importMonitoredPlan } from '../../testing/updates-test-kit.js';

let t: TestApp;
let districtId: string;
let planId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let owner: Person;
let otherContributor: Person;
let viewer: Person;
let outsideAdmin: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  owner = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Olive Owner' });
  otherContributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const otherDistrict = await t.factories.organization({ name: 'Elm Valley' });
  outsideAdmin = await t.factories.user({ organizationId: otherDistrict.id, role: 'administrator' });
  planId = await importMonitoredPlan(t, { districtId, headers: planner.auth });
});
afterAll(() => t.close());

const setOwner = (elementKey: string, userId: string | null, headers = planner.auth, plan = planId) =>
  t.app.inject({ method: 'PUT', url: `/api/plans/${plan}/owners/${elementKey}`, headers, payload: { userId } });
const post = (elementKey: string, payload: Record<string, unknown>, headers = owner.auth, plan = planId) =>
  t.app.inject({ method: 'POST', url: `/api/plans/${plan}/elements/${elementKey}/updates`, headers, payload });
const history = async (elementKey: string, headers = viewer.auth) => t.app.inject({ method: 'GET', url: `/api/plans/${planId}/elements/${elementKey}/updates`, headers });

describe('element owners', () => {
  it('names, lists and removes the owner of a measure or action', async () => {
    const set = await setOwner('G1.M1', owner.id);
    expect(set.statusCode).toBe(200);
    expect(json(set)).toEqual({ elementKey: 'G1.M1', userId: owner.id, name: 'Olive Owner', email: owner.email });
    expect(json(await setOwner('G1.S1.A1', owner.id)).userId).toBe(owner.id);
    expect(json(await setOwner('G1.M2', planner.id)).userId).toBe(planner.id);
    expect(json(await setOwner('G1.M2', null))).toEqual({ elementKey: 'G1.M2', userId: null });
    const list = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/owners`, headers: viewer.auth }));
    expect(list.owners.map((o: { elementKey: string }) => o.elementKey)).toEqual(['G1.M1', 'G1.S1.A1']);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', planId).where('action', 'like', 'element_owner.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['element_owner.set', 'element_owner.set', 'element_owner.set', 'element_owner.removed']);
  });

  it('refuses an owner from outside the district, a goal or unknown key, and non-managers', async () => {
    const outsider = await setOwner('G1.M1', outsideAdmin.id);
    expect(outsider.statusCode).toBe(400);
    expect(json(outsider).error.details).toEqual([{ path: '/userId', message: 'must be an active member of the district', code: 'not_a_member' }]);
    expect((await setOwner('G1', owner.id)).statusCode).toBe(404);
    expect((await setOwner('NOPE', owner.id)).statusCode).toBe(404);
    expect(json(await setOwner('G1.M1', 'not-a-uuid')).error.details[0].path).toBe('/userId');
    expect((await setOwner('G1.M1', owner.id, owner.auth)).statusCode).toBe(403);
  });
});

describe('posting updates', () => {
  it('posts a first update and a correction, keeping every revision', async () => {
    const first = await post('G1.M1', { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 42.5, n: 800 }, { subgroup: 'English learners', value: 30, n: 120 }], happened: 'Tutoring began.', why: 'New schedule', nextSteps: 'Add a second cohort' });
    expect(first.statusCode).toBe(201);
    expect(json(first)).toMatchObject({
      periodLabel: '2025-26 Q1',
      periodEndsOn: '2025-09-30',
      revision: 1,
      values: [{ subgroup: null, value: 42.5, n: 800 }, { subgroup: 'English learners', value: 30, n: 120 }],
      happened: 'Tutoring began.',
      actionStatus: null,
      correctionNote: null,
      source: 'app',
      author: 'Olive Owner',
      evidence: [],
    });

    const noNote = await post('G1.M1', { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 43 }] });
    expect(noNote.statusCode).toBe(400);
    // The code and the period let a Spanish page say why (fieldIssue.correction_note_required).
    expect(json(noNote).error.details[0]).toMatchObject({ path: '/correctionNote', code: 'correction_note_required', params: { period: '2025-26 Q1' } });

    const correction = await post('G1.M1', { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 43, n: 801 }], correctionNote: 'The state revised the file' });
    expect(correction.statusCode).toBe(201);
    expect(json(correction)).toMatchObject({ revision: 2, correctionNote: 'The state revised the file', values: [{ subgroup: null, value: 43, n: 801 }] });

    const body = json(await history('G1.M1'));
    expect(body).toMatchObject({ planId, planTitle: 'Cedar Falls 2028', elementKey: 'G1.M1', kind: 'measure', name: 'Grade 3 reading proficiency', unit: 'percent', unitLabel: '% proficient', direction: 'increase', owner: { userId: owner.id, name: 'Olive Owner' }, canUpdate: false });
    expect(body.subgroups).toEqual(['English learners']);
    expect(body.updates.map((u: { revision: number }) => u.revision)).toEqual([2, 1]);
    expect(body.periods[0]).toMatchObject({ label: '2025-26 Q1', startsOn: '2025-07-01', endsOn: '2025-09-30', dueOn: '2025-10-14', state: 'done' });
    expect(body.periods.map((p: { label: string }) => p.label).slice(0, 5)).toEqual(['2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4', '2026-27 Q1']);
    expect(json(await history('G1.M1', owner.auth)).canUpdate).toBe(true);

    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'element_update').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['element_update.posted', 'element_update.corrected']);
  });

  it('writes the values as the measure actuals of the period, one row per group, the correction replacing its group only', async () => {
    const rows = await t.ctx.db
      .selectFrom('measure_actuals')
      .select(['subgroup', 'value', 'n', 'period_label', 'period_ends_on', 'organization_id'])
      .where('plan_id', '=', planId)
      .where('measure_key', '=', 'G1.M1')
      .orderBy('subgroup')
      .execute();
    expect(rows).toEqual([
      { subgroup: '', value: 43, n: 801, period_label: '2025-26 Q1', period_ends_on: '2025-09-30', organization_id: districtId },
      { subgroup: 'English learners', value: 30, n: 120, period_label: '2025-26 Q1', period_ends_on: '2025-09-30', organization_id: districtId },
    ]);
  });

  it("stores a group written by another name under the measure's own name for it", async () => {
    const res = await post('G1.M1', { periodLabel: '2025-26 Q3', values: [{ subgroup: 'ELL', value: 31, n: 119 }] }, planner.auth);
    expect(res.statusCode, res.body).toBe(201);
    const rows = await t.ctx.db.selectFrom('measure_actuals').select(['subgroup']).where('plan_id', '=', planId).where('measure_key', '=', 'G1.M1').where('period_label', '=', '2025-26 Q3').execute();
    expect(rows).toEqual([{ subgroup: 'English learners' }]);
  });

  it('records an action status and percent complete', async () => {
    const res = await post('G1.S1.A1', { periodLabel: '2025-26 Q1', actionStatus: 'on_track', percentComplete: 25, happened: 'Posted the job' });
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ actionStatus: 'on_track', percentComplete: 25, values: [] });
    const body = json(await history('G1.S1.A1'));
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual(['2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4']);
    expect(body.periods[0]).toMatchObject({ dueOn: '2025-10-07', state: 'done' });
  });

  it('names the field when the input does not fit the element or its periods', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['G1.M1', { periodLabel: '2030-31 Q1', values: [{ subgroup: null, value: 1 }] }, '/periodLabel'],
      ['G1.M1', { periodLabel: '2025-26 Q2', actionStatus: 'on_track' }, '/actionStatus'],
      ['G1.M1', { periodLabel: '2025-26 Q2' }, '/values'],
      ['G1.M1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 1 }, { subgroup: '', value: 2 }] }, '/values/1/subgroup'],
      ['G1.M1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 1, n: -1 }] }, '/values/0/n'],
      ['G1.S1.A1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 1 }] }, '/values'],
      ['G1.S1.A1', { periodLabel: '2025-26 Q2', percentComplete: 140 }, '/percentComplete'],
      ['G1.S1.A1', { periodLabel: '2025-26 Q2', actionStatus: 'finished' }, '/actionStatus'],
      // A student group on no list: a typo would split the data.
      ['G1.M1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 1 }, { subgroup: 'Englsh learners', value: 2 }] }, '/values/1/subgroup'],
    ];
    for (const [key, payload, path] of cases) {
      const res = await post(key, payload, planner.auth);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(json(res).error.details.map((d: { path: string }) => d.path), JSON.stringify(payload)).toContain(path);
    }
  });

  it('lets planners post for any element and contributors only for their own; viewers not at all', async () => {
    expect((await post('G1.M2', { periodLabel: '2025-26', values: [{ subgroup: null, value: 93 }] }, planner.auth)).statusCode).toBe(201);
    const notOwner = await post('G1.M1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 44 }] }, otherContributor.auth);
    expect(notOwner.statusCode).toBe(403);
    expect(json(notOwner).error.code).toBe('forbidden');
    expect((await post('G1.M2', { periodLabel: '2025-26', values: [{ subgroup: null, value: 93 }], correctionNote: 'x' }, owner.auth)).statusCode).toBe(403);
    expect((await post('G1.M1', { periodLabel: '2025-26 Q2', values: [{ subgroup: null, value: 44 }] }, viewer.auth)).statusCode).toBe(403);
  });

  it('refuses posts for a draft plan with 409', async () => {
    const draftId = await importMonitoredPlan(t, { districtId, headers: planner.auth, adopt: false, title: 'Draft plan' });
    const res = await post('G1.M1', { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 1 }] }, planner.auth, draftId);
    expect(res.statusCode).toBe(409);
    expect(json(res).error.message).toMatch(/adopted/);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/plans/${draftId}/elements/G1.M1/updates`, headers: planner.auth })).canUpdate).toBe(false);
  });

  it('answers 404 for another district, an unknown element, or a goal', async () => {
    expect((await post('G1.M1', { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 1 }] }, outsideAdmin.auth)).statusCode).toBe(404);
    expect((await history('G1.M1', outsideAdmin.auth)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/owners`, headers: outsideAdmin.auth })).statusCode).toBe(404);
    expect((await history('NOPE')).statusCode).toBe(404);
    expect((await history('G1')).statusCode).toBe(404);
  });
});
