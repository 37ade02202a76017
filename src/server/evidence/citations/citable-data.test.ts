import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSchools, insertEvidenceDataset } from '../../testing/evidence-rows-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let outsider: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Larch Valley Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  outsider = await t.factories.user();
  const [adams] = (await addSchools(t.ctx.db, districtId, [{ name: 'Adams Elementary' }])) as [string];
  await insertEvidenceDataset(t.ctx.db, {
    organizationId: districtId,
    metric: { key: 'ela_proficiency', label: 'ELA proficiency', unit: 'percent' },
    entities: [
      { key: 'ADAMS', name: 'Adams Elementary', status: 'school', schoolId: adams },
      { key: 'DIST', name: 'Larch Valley', status: 'district' },
    ],
    rows: [
      { entity: 'DIST', period: '2021-22', group: 'All Students', value: 50, n: 1000 },
      { entity: 'DIST', period: '2022-23', group: 'All Students', value: 52, n: 1000 },
      { entity: 'DIST', period: '2022-23', group: 'Hispanic', value: 40, n: 300 },
      { entity: 'DIST', period: '2022-23', group: 'White', value: 60, n: 500 },
      // Four students: never offered, whatever the file says.
      { entity: 'DIST', period: '2022-23', group: 'English Learners', value: 20, n: 4 },
      { entity: 'ADAMS', period: '2022-23', group: 'All Students', value: 52, n: 1000 },
    ],
  });
});
afterAll(() => t.close());

const list = (caller: Person, language = 'en') => t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/citable-data`, headers: { ...caller.auth, 'accept-language': language } });

describe('readings of the district’s data a plan element can cite', () => {
  it('offers each metric’s latest year for the district and by group, the furthest behind first, small groups never', async () => {
    const res = await list(planner);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{ link: Record<string, unknown>; source: string; text: string }>;
    expect(items.map((item) => item.text)).toEqual([
      'ELA proficiency, 2022-23: 52% for the district, n 1,000.',
      'ELA proficiency, 2022-23: Hispanic or Latino 40%, n 300, 12 points below the district (52%).',
      'ELA proficiency, 2022-23: White 60%, n 500, 8 points above the district (52%).',
    ]);
    expect(items[1]!.link).toEqual({ kind: 'evidence_indicator', metric: 'ela_proficiency', by: 'group', period: '2022-23', group: 'Hispanic or Latino' });
    expect(items.every((item) => item.source === 'ELA proficiency')).toBe(true);
    expect(JSON.stringify(items)).not.toContain('English Learners');
  });

  it('words them in the reader’s language', async () => {
    const items = (await list(planner, 'es')).json().items as Array<{ text: string }>;
    expect(items[1]!.text).toBe('ELA proficiency, 2022-23: Hispanic or Latino 40%, n 300, 12 puntos por debajo del distrito (52%).');
  });

  it('is the district’s own: another district’s people get 404', async () => {
    expect((await list(outsider)).statusCode).toBe(404);
  });

  it('can be cited on a goal of a plan, which keeps the link', async () => {
    const items = (await list(planner)).json().items as Array<{ link: Record<string, unknown>; text: string }>;
    const plan = {
      format: 'strategic-plan/v1',
      organization: { name: 'Larch Valley Schools', kind: 'district' },
      plan: { title: 'Larch Valley 2027', goals: [{ key: 'G1', title: 'Every child reads', extensions: { waymark_evidence: [{ text: items[1]!.text, link: items[1]!.link }] } }] },
    };
    const imported = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: plan });
    expect(imported.statusCode, imported.body).toBe(201);
    const exported = await t.app.inject({ method: 'GET', url: `/api/plans/${imported.json().id}/export`, headers: planner.auth });
    expect(exported.json().plan.goals[0].extensions.waymark_evidence[0]).toEqual({ text: items[1]!.text, link: items[1]!.link });
  });
});
