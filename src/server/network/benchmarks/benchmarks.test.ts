import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { cliActor } from '../../platform/audit/actor.js';
import { importPlan } from '../../plan/plans/import-plan.js';
import { networkApi, networkScenario } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let s: Awaited<ReturnType<typeof networkScenario>>;
type District = { id: string; name: string; admin: { auth: Record<string, string> }; viewer: { auth: Record<string, string> } };
let districts: District[];
let benchmarkId: string;

/** A plan with one measure whose latest all-students result is `value` for `n` students. */
function planOf(name: string, value: number, n: number): PlanDocument {
  return {
    format: 'strategic-plan/v1',
    organization: { name, kind: 'district' },
    plan: {
      title: `${name} 2030`,
      goals: [
        {
          key: 'G1',
          title: 'Every student in school',
          measures: [
            {
              key: 'G1.M1',
              name: 'Chronic absenteeism',
              unit: 'percent',
              direction: 'decrease',
              actuals: [
                { period: { label: 'SY24-25', ends_on: '2025-06-30' }, value: value + 3, n },
                { period: { label: 'SY25-26', ends_on: '2026-06-30' }, value, n },
              ],
            },
          ],
        },
      ],
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  s = await networkScenario(t, 'Delta');
  districts = [...s.districts];
  for (const name of ['Desoto Parish', 'Evangeline Parish', 'Franklin Parish', 'Grant Parish', 'Iberia Parish']) {
    const district = await t.factories.organization({ name: `Delta ${name}`, networkId: s.network.id });
    districts.push({ ...district, admin: await t.factories.user({ organizationId: district.id, role: 'administrator' }), viewer: await t.factories.user({ organizationId: district.id, role: 'viewer' }) });
  }
});
afterAll(() => t.close());

const plans = new Map<string, string>();
async function share(district: District, value: number, options: { n?: number; named?: boolean } = {}) {
  if (!plans.has(district.id)) plans.set(district.id, (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: district.id, input: planOf(district.name, value, options.n ?? 800) })).id);
  return api.expectStatus(await api.call('PUT', `/api/districts/${district.id}/benchmarks/${benchmarkId}/share`, district.admin.auth, { planId: plans.get(district.id), measureKey: 'G1.M1', namedWithConsent: options.named ?? false }), 200);
}
const districtView = async (district: District) => api.expectStatus(await api.call('GET', `/api/districts/${district.id}/benchmarks`, district.viewer.auth), 200).benchmarks[0];
const networkView = async () => api.expectStatus(await api.call('GET', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}/results`, s.networkCoach.auth), 200);
const profile = (district: District, body: object) => api.call('PUT', `/api/districts/${district.id}/profile`, district.admin.auth, body);

describe('benchmarks', () => {
  it('lets the network define one, and names the field of bad input', async () => {
    const body = { name: 'Chronic absenteeism', unit: '% of students', direction: 'decrease', description: 'Missing 10% or more of days, all students' };
    for (const [bad, path] of [
      [{ ...body, direction: 'sideways' }, '/direction'],
      [{ ...body, name: ' ' }, '/name'],
      [{ ...body, unit: undefined }, '/unit'],
    ] as const) {
      const res = await api.call('POST', `/api/networks/${s.network.id}/benchmarks`, s.networkAdmin.auth, bad);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
    expect((await api.call('POST', `/api/networks/${s.network.id}/benchmarks`, s.networkCoach.auth, body)).status).toBe(403);
    const created = api.expectStatus(await api.call('POST', `/api/networks/${s.network.id}/benchmarks`, s.networkAdmin.auth, body), 201);
    expect(created).toMatchObject({ name: 'Chronic absenteeism', direction: 'decrease', sharingCount: 0, version: 1 });
    benchmarkId = created.id;
    const renamed = api.expectStatus(await api.call('PUT', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}`, s.networkAdmin.auth, { name: 'Chronic absenteeism, all students', version: 1 }), 200);
    expect(renamed).toMatchObject({ name: 'Chronic absenteeism, all students', unit: '% of students', version: 2 });
    expect((await api.call('PUT', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}`, s.networkAdmin.auth, { name: 'stale', version: 1 })).status).toBe(409);
  });

  it('lets an editor share, not a viewer, and only a measure of its own plan', async () => {
    const [acadia, bienville] = districts;
    await share(acadia!, 20);
    const viewerTry = await api.call('PUT', `/api/districts/${acadia!.id}/benchmarks/${benchmarkId}/share`, acadia!.viewer.auth, { planId: plans.get(acadia!.id), measureKey: 'G1.M1', namedWithConsent: false });
    expect(viewerTry.status).toBe(403);
    const notMeasure = await api.call('PUT', `/api/districts/${acadia!.id}/benchmarks/${benchmarkId}/share`, acadia!.admin.auth, { planId: plans.get(acadia!.id), measureKey: 'G1', namedWithConsent: false });
    expect(notMeasure.status).toBe(400);
    expect(notMeasure.body.error.details[0].path).toBe('/measureKey');
    const noConsent = await api.call('PUT', `/api/districts/${acadia!.id}/benchmarks/${benchmarkId}/share`, acadia!.admin.auth, { planId: plans.get(acadia!.id), measureKey: 'G1.M1' });
    expect(noConsent.body.error.details[0].path).toBe('/namedWithConsent');
    // Another district's plan cannot stand for this one.
    expect((await api.call('PUT', `/api/districts/${bienville!.id}/benchmarks/${benchmarkId}/share`, bienville!.admin.auth, { planId: plans.get(acadia!.id), measureKey: 'G1.M1', namedWithConsent: false })).status).toBe(404);
  });

  it('says "not enough" with four sharing, to the districts and to the network', async () => {
    const [acadia, b, c, d] = districts;
    await share(b!, 10);
    await share(c!, 30);
    await share(d!, 40);
    const mine = await districtView(acadia!);
    expect(mine.sharingCount).toBe(4);
    expect(mine.share).toMatchObject({ measureKey: 'G1.M1', measureName: 'Chronic absenteeism', planTitle: `${acadia!.name} 2030`, own: { status: 'shared', value: 20, periodLabel: 'SY25-26' } });
    expect(mine.distribution).toEqual({ isShown: false, count: null });
    const network = await networkView();
    expect(network).toMatchObject({ sharingCount: 4, distribution: { isShown: false, count: null }, namedDistricts: [] });
    for (const value of [10, 30, 40]) expect(JSON.stringify(network.distribution)).not.toContain(String(value));
  });

  it('draws the distribution once six share, with where the reader falls (lower is better here)', async () => {
    const [acadia, , , , e, f] = districts;
    await share(e!, 50);
    await share(f!, 60);
    const mine = await districtView(acadia!);
    expect(mine.distribution).toEqual({ isShown: true, count: 6, min: 10, q1: 22.5, median: 35, q3: 47.5, max: 60, reader: { value: 20, betterThanPercent: 80, standing: 'top_quarter' } });
    expect(mine.namedDistricts).toEqual([]);
    for (const other of districts.slice(1)) expect(JSON.stringify(mine)).not.toContain(other.name);
    expect((await networkView()).distribution).toMatchObject({ isShown: true, count: 6, median: 35, reader: null });
    // A district that does not share sees no comparison at all.
    const grant = await districtView(districts[6]!);
    expect(grant).toMatchObject({ sharingCount: 6, share: null, distribution: null, similar: null });
  });

  it('compares with similar districts only when five of them stand behind it', async () => {
    const [acadia, b, c, d, e, f] = districts;
    expect((await districtView(acadia!)).similar).toEqual({ isShown: false, count: null, noProfile: true });
    const bad = await profile(acadia!, { enrolment: 4000, povertyPercent: 120, locale: 'rural' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('/povertyPercent');
    expect((await profile(acadia!, { enrolment: 4000, povertyPercent: 60, locale: 'rural', extra: 1 })).status).toBe(400);
    expect((await api.call('PUT', `/api/districts/${acadia!.id}/profile`, acadia!.viewer.auth, { enrolment: 4000, povertyPercent: 60, locale: 'rural' })).status).toBe(403);
    for (const district of [acadia, b, c]) expect((await profile(district!, { enrolment: 4000, povertyPercent: 60, locale: 'rural' })).status).toBe(200);
    for (const district of [d, e, f]) expect((await profile(district!, { enrolment: 4000, povertyPercent: 60, locale: 'city' })).status).toBe(200);
    expect(api.expectStatus(await api.call('GET', `/api/districts/${acadia!.id}/profile`, acadia!.viewer.auth), 200)).toEqual({ enrolment: 4000, povertyPercent: 60, locale: 'rural' });
    // Two similar districts: their range would give them away.
    expect((await districtView(acadia!)).similar).toEqual({ isShown: false, count: null });
    for (const district of [d, e, f]) await profile(district!, { enrolment: 9000, povertyPercent: 74, locale: 'rural' });
    expect((await districtView(acadia!)).similar).toMatchObject({ isShown: true, count: 6, reader: { value: 20 } });
  });

  it('lists a named district with its value, and never an unnamed one by name or alone', async () => {
    const [acadia, , , , , , grant] = districts;
    await share(grant!, 70, { named: true });
    const mine = await districtView(acadia!);
    expect(mine.namedDistricts).toEqual([{ districtName: grant!.name, value: 70, periodLabel: 'SY25-26' }]);
    expect(mine.distribution).toMatchObject({ isShown: true, count: 7, max: 70 });
    const network = await networkView();
    expect(network.namedDistricts).toEqual([{ districtName: grant!.name, value: 70, periodLabel: 'SY25-26' }]);
    for (const other of districts.slice(0, 6)) expect(JSON.stringify(network)).not.toContain(other.name);
    // With one unnamed district gone, only four stand behind the figures the reader cannot name: none is drawn.
    expect((await api.call('DELETE', `/api/districts/${districts[5]!.id}/benchmarks/${benchmarkId}/share`, districts[5]!.admin.auth)).status).toBe(204);
    expect((await districtView(acadia!)).distribution).toEqual({ isShown: false, count: null });
    expect((await networkView()).distribution).toMatchObject({ isShown: true, count: 6 });
    await share(districts[5]!, 60);
  });

  it('does not share a value under the district’s own threshold', async () => {
    const iberia = districts[7]!;
    const before = (await networkView()).distribution;
    await share(iberia, 5, { n: 6 });
    const mine = await districtView(iberia);
    expect(mine.share.own).toEqual({ status: 'withheld' });
    expect(mine.distribution.reader ?? null).toBeNull();
    const after = await networkView();
    expect(after.sharingCount).toBe(before.count + 1);
    expect(after.distribution).toEqual(before);
  });

  it('is the network’s own: another network or its districts get 404', async () => {
    const other = await networkScenario(t, 'Piedmont');
    const stranger = other.districts[0]!;
    expect(api.expectStatus(await api.call('GET', `/api/districts/${stranger.id}/benchmarks`, stranger.admin.auth), 200).benchmarks).toEqual([]);
    const plan = await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: stranger.id, input: planOf(stranger.name, 15, 900) });
    expect((await api.call('PUT', `/api/districts/${stranger.id}/benchmarks/${benchmarkId}/share`, stranger.admin.auth, { planId: plan.id, measureKey: 'G1.M1', namedWithConsent: true })).status).toBe(404);
    expect((await api.call('GET', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}/results`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/networks/${other.network.id}/benchmarks/${benchmarkId}/results`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${districts[0]!.id}/benchmarks`, stranger.admin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${districts[0]!.id}/profile`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('DELETE', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}`, other.networkAdmin.auth)).status).toBe(404);
  });

  it('removes a benchmark with its shares', async () => {
    expect((await api.call('DELETE', `/api/networks/${s.network.id}/benchmarks/${benchmarkId}`, s.networkAdmin.auth)).status).toBe(204);
    expect(api.expectStatus(await api.call('GET', `/api/districts/${districts[0]!.id}/benchmarks`, districts[0]!.viewer.auth), 200).benchmarks).toEqual([]);
    const left = await t.ctx.db.selectFrom('benchmark_shares').select('district_id').where('benchmark_id', '=', benchmarkId).execute();
    expect(left).toEqual([]);
  });
});
