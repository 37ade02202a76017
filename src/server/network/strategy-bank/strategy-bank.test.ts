import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { cliActor } from '../../platform/audit/actor.js';
import { importPlan } from '../../plan/plans/import-plan.js';
import { networkApi, networkScenario } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let s: Awaited<ReturnType<typeof networkScenario>>;
beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  s = await networkScenario(t, 'Pelican');
});
afterAll(() => t.close());

const mentoring = {
  title: 'Check & Connect mentoring',
  summary: 'A mentor monitors attendance and behaviour weekly and meets each student.',
  essaTier: 2,
  studyCitation: 'Guryan et al. (2021), The Effect of Mentoring on School Attendance, NBER w28531.',
  studyUrl: 'https://www.nber.org/papers/w28531',
  problems: ['Chronic absenteeism'],
  cost: 'About $1,700 per student a year',
  measures: [{ name: 'Students chronically absent', unit: 'percent' }],
  actions: ['Hire and train mentors', 'Weekly attendance check'],
};

async function planWithGoal(districtId: string) {
  const plan = await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan });
  const goal = await t.ctx.db.selectFrom('plan_elements').select(['id', 'key']).where('plan_id', '=', plan.id).where('kind', '=', 'goal').orderBy('position').executeTakeFirstOrThrow();
  return { planId: plan.id, goalId: goal.id };
}

describe('the strategy bank', () => {
  it('keeps strategies with their evidence, and names the field of bad input', async () => {
    const created = api.expectStatus(await api.call('POST', `/api/networks/${s.network.id}/strategies`, s.networkAdmin.auth, mentoring), 201);
    expect(created).toMatchObject({ title: mentoring.title, essaTier: 2, networkName: s.network.name, problems: ['Chronic absenteeism'], use: { districtCount: 0, statuses: {}, namedDistricts: [] }, version: 1 });
    for (const [body, path] of [
      [{ ...mentoring, essaTier: 5 }, '/essaTier'],
      [{ ...mentoring, studyCitation: '' }, '/studyCitation'],
      [{ ...mentoring, studyUrl: 'javascript:alert(1)' }, '/studyUrl'],
      [{ ...mentoring, measures: [{ name: 'x', unit: 'furlongs' }] }, '/measures/0/unit'],
    ] as const) {
      const res = await api.call('POST', `/api/networks/${s.network.id}/strategies`, s.networkAdmin.auth, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
    expect((await api.call('POST', `/api/networks/${s.network.id}/strategies`, s.networkCoach.auth, mentoring)).status).toBe(403);
    const changed = api.expectStatus(await api.call('PUT', `/api/networks/${s.network.id}/strategies/${created.id}`, s.networkAdmin.auth, { cost: 'About $1,800 per student a year', version: 1 }), 200);
    expect(changed).toMatchObject({ cost: 'About $1,800 per student a year', title: mentoring.title, version: 2 });
    expect((await api.call('PUT', `/api/networks/${s.network.id}/strategies/${created.id}`, s.networkAdmin.auth, { cost: 'stale', version: 1 })).status).toBe(409);
  });

  it('lets a district adopt one into its plan, copied with its evidence and the link kept, and counts it', async () => {
    const [acadia, bienville] = s.districts;
    const [strategy] = api.expectStatus(await api.call('GET', `/api/districts/${acadia!.id}/strategy-bank`, acadia!.viewer.auth), 200).strategies;
    expect(strategy.title).toBe(mentoring.title);
    const { planId, goalId } = await planWithGoal(acadia!.id);
    // A viewer reads the bank but does not change the plan.
    expect((await api.call('POST', `/api/districts/${acadia!.id}/strategy-bank/${strategy.id}/adoptions`, acadia!.viewer.auth, { planId, goalId })).status).toBe(403);
    const notGoal = await api.call('POST', `/api/districts/${acadia!.id}/strategy-bank/${strategy.id}/adoptions`, acadia!.admin.auth, { planId, goalId: '00000000-0000-4000-8000-000000000000' });
    expect(notGoal.status).toBe(400);
    expect(notGoal.body.error.details[0].path).toBe('/parentId');

    const adopted = api.expectStatus(await api.call('POST', `/api/districts/${acadia!.id}/strategy-bank/${strategy.id}/adoptions`, { ...acadia!.admin.auth, 'accept-language': 'es' }, { planId, goalId }), 201);
    const element = await t.ctx.db.selectFrom('plan_elements').selectAll().where('id', '=', adopted.elementId).executeTakeFirstOrThrow();
    expect(element).toMatchObject({ kind: 'strategy', key: adopted.elementKey, parent_id: goalId });
    const fields = element.fields as { title: string; description: string; extensions: Record<string, unknown> };
    expect(fields.title).toBe(mentoring.title);
    expect(fields.description).toContain('Costo: About $1,800');
    expect(fields.extensions.waymark_evidence).toEqual([{ text: `ESSA Nivel 2: evidencia moderada. ${mentoring.studyCitation}`, url: mentoring.studyUrl }]);
    expect(fields.extensions.waymark_strategy_bank).toMatchObject({ strategy_id: strategy.id, network: s.network.name, essa_tier: 2 });
    const children = await t.ctx.db.selectFrom('plan_elements').select(['kind', 'fields']).where('parent_id', '=', adopted.elementId).orderBy('kind').orderBy('position').execute();
    expect(children.map((c) => [c.kind, (c.fields as { title?: string; name?: string }).title ?? (c.fields as { name: string }).name])).toEqual([
      ['action', 'Hire and train mentors'],
      ['action', 'Weekly attendance check'],
      ['measure', 'Students chronically absent'],
    ]);

    // A second district adopts it and agrees to be named; the first stays unnamed.
    const second = await planWithGoal(bienville!.id);
    api.expectStatus(await api.call('POST', `/api/districts/${bienville!.id}/strategy-bank/${strategy.id}/adoptions`, bienville!.admin.auth, { ...second, namedWithConsent: true }), 201);
    const [used] = api.expectStatus(await api.call('GET', `/api/networks/${s.network.id}/strategies`, s.networkCoach.auth), 200).strategies;
    expect(used.use.districtCount).toBe(2);
    expect(Object.values(used.use.statuses).reduce((a: number, b) => a + (b as number), 0)).toBe(2);
    expect(used.use.namedDistricts).toEqual([{ name: bienville!.name, status: expect.any(String) }]);
    const seenByDistrict = api.expectStatus(await api.call('GET', `/api/districts/${acadia!.id}/strategy-bank`, acadia!.viewer.auth), 200).strategies[0];
    expect(JSON.stringify(seenByDistrict)).not.toContain(acadia!.name);
    expect(seenByDistrict.use.namedDistricts.map((d: { name: string }) => d.name)).toEqual([bienville!.name]);
  });

  it('is the network’s own: another district or network gets 404', async () => {
    const stranger = await t.factories.organization({ name: 'Faraway District' });
    const strangerAdmin = await t.factories.user({ organizationId: stranger.id, role: 'administrator' });
    const [strategy] = api.expectStatus(await api.call('GET', `/api/networks/${s.network.id}/strategies`, s.networkAdmin.auth), 200).strategies;
    expect(api.expectStatus(await api.call('GET', `/api/districts/${stranger.id}/strategy-bank`, strangerAdmin.auth), 200).strategies).toEqual([]);
    const { planId, goalId } = await planWithGoal(stranger.id);
    expect((await api.call('POST', `/api/districts/${stranger.id}/strategy-bank/${strategy.id}/adoptions`, strangerAdmin.auth, { planId, goalId })).status).toBe(404);
    expect((await api.call('GET', `/api/networks/${s.network.id}/strategies`, strangerAdmin.auth)).status).toBe(404);
    // A plan of another district cannot receive the copy.
    const acadiaPlan = await t.ctx.db.selectFrom('plans').select('id').where('organization_id', '=', s.districts[0]!.id).executeTakeFirstOrThrow();
    expect((await api.call('POST', `/api/districts/${s.districts[1]!.id}/strategy-bank/${strategy.id}/adoptions`, s.districts[1]!.admin.auth, { planId: acadiaPlan.id, goalId })).status).toBe(404);
  });
});
