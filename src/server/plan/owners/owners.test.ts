import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let planId: string;
let planner: Person;
let viewer: Person;
let rivera: Person;
let outsider: Person;
beforeAll(async () => {
  t = await createTestApp();
  const districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  rivera = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'J. Rivera' });
  outsider = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'contributor' });
  planId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: everyFieldPlan })).id;
});
afterAll(() => t.close());

const call = (method: 'GET' | 'PUT' | 'POST', path: string, headers: Record<string, string>, payload?: object) => t.app.inject({ method, url: `/api/plans/${planId}/${path}`, headers, ...(payload ? { payload } : {}) });
const checksOf = async (key: string) => (json(await call('GET', 'checks', viewer.auth)).checks as { key: string; code: string; message: string }[]).filter((check) => check.key === key && check.code.endsWith('missing_owner'));

describe('one owner: a person of the district, the plan words kept as the role', () => {
  it('offers each role for matching, with the person it spells out', async () => {
    const res = await call('GET', 'owner-roles', viewer.auth);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).roles).toEqual([
      { role: 'Director of Literacy - J. Rivera', elementKeys: ['P1.V1'], unmatchedKeys: ['P1.V1'], suggestion: { userId: rivera.id, name: 'J. Rivera', email: rivera.email } },
      { role: 'Chief Academic Officer', elementKeys: ['P1.I1'], unmatchedKeys: ['P1.I1'], suggestion: null },
      { role: 'Literacy Coordinator', elementKeys: ['P1.I1.T1'], unmatchedKeys: ['P1.I1.T1'], suggestion: null },
    ]);
  });

  it('flags a role without a person in the checks, and stops once the role is matched', async () => {
    expect((await checksOf('P1.V1'))[0]?.message).toContain('names "Director of Literacy - J. Rivera" as its owner, but no person of the district is chosen for it');
    const matched = await call('POST', 'owner-roles/match', planner.auth, { role: ' director of literacy - j. rivera ', userId: rivera.id });
    expect(matched.statusCode, matched.body).toBe(200);
    expect(json(matched)).toEqual({ assigned: ['P1.V1'] });
    expect(await checksOf('P1.V1')).toEqual([]);
    const owners = json(await call('GET', 'owners', viewer.auth)).owners;
    expect(owners).toEqual([{ elementKey: 'P1.V1', userId: rivera.id, name: 'J. Rivera', email: rivera.email }]);
    // Every document reads the same owner: the printout names the person with the role, the export keeps the role as written.
    expect((await call('GET', 'document.html', viewer.auth)).body).toContain('J. Rivera (Director of Literacy - J. Rivera)');
    expect(json(await call('GET', 'export', viewer.auth)).plan.goals[0].measures[0].owner).toBe('Director of Literacy - J. Rivera');
    // Matching again assigns nothing more: the element keeps its person.
    expect(json(await call('POST', 'owner-roles/match', planner.auth, { role: 'Director of Literacy - J. Rivera', userId: planner.id }))).toEqual({ assigned: [] });
  });

  it('lists the people who may own an element to planners only', async () => {
    const res = await call('GET', 'owner-candidates', planner.auth);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).people.map((person: { userId: string }) => person.userId).sort()).toEqual([planner.id, viewer.id, rivera.id].sort());
    expect((await call('GET', 'owner-candidates', viewer.auth)).statusCode).toBe(403);
  });

  it('gives a strategy a person owner too', async () => {
    expect(await checksOf('P1.I1')).toHaveLength(1);
    const res = await call('PUT', 'owners/P1.I1', planner.auth, { userId: planner.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(await checksOf('P1.I1')).toEqual([]);
    expect(json(await call('PUT', 'owners/P1.I1', planner.auth, { userId: null }))).toEqual({ elementKey: 'P1.I1', userId: null });
    expect(await checksOf('P1.I1')).toHaveLength(1);
    // A strategy with no role of its own leaves the product with its person as owner.
    expect((await call('PUT', 'owners/P1.I2', planner.auth, { userId: rivera.id })).statusCode).toBe(200);
    expect(json(await call('GET', 'export', viewer.auth)).plan.goals[0].strategies[1]).toMatchObject({ key: 'P1.I2', owner: 'J. Rivera' });
  });

  it('refuses bad input by field, people of other districts, goals, and viewers', async () => {
    const blank = await call('POST', 'owner-roles/match', planner.auth, { role: '  ', userId: rivera.id });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('/role');
    const unknownRole = await call('POST', 'owner-roles/match', planner.auth, { role: 'Nobody here', userId: rivera.id });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.body).toContain('/role');
    const stranger = await call('POST', 'owner-roles/match', planner.auth, { role: 'Chief Academic Officer', userId: outsider.id });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('/userId');
    expect((await call('PUT', 'owners/P1', planner.auth, { userId: rivera.id })).statusCode).toBe(404);
    expect((await call('POST', 'owner-roles/match', viewer.auth, { role: 'Chief Academic Officer', userId: rivera.id })).statusCode).toBe(403);
    // Nothing was written by the refused calls.
    expect(json(await call('GET', 'owner-roles', viewer.auth)).roles[1].unmatchedKeys).toEqual(['P1.I1']);
  });
});
