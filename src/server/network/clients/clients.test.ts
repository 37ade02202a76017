import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkApi } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let consultancy: { id: string; name: string };
let lead: Awaited<ReturnType<TestApp['factories']['user']>>;
let ana: Awaited<ReturnType<TestApp['factories']['user']>>;
let ben: Awaited<ReturnType<TestApp['factories']['user']>>;
let client: { id: string; name: string };
let clientViewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  consultancy = await t.factories.organization({ kind: 'network', name: 'Koru Consulting' });
  lead = await t.factories.user({ organizationId: consultancy.id, role: 'network_admin', name: 'Kim Lead' });
  ana = await t.factories.user({ organizationId: consultancy.id, role: 'coach', name: 'Ana Coach' });
  ben = await t.factories.user({ organizationId: consultancy.id, role: 'coach', name: 'Ben Coach' });
  client = await t.factories.organization({ name: 'Harbor Unified', networkId: consultancy.id });
  clientViewer = await t.factories.user({ organizationId: client.id, role: 'viewer' });
});
afterAll(() => t.close());

const scope = [
  { month: '2026-09', services: 'Launch the steering committee; survey design', outcomes: 'Committee named; survey out' },
  { month: '2026-10', services: 'Data retreat', outcomes: 'SWOT and priorities' },
];

describe('a consultancy’s scope of work and bank of hours', () => {
  it('records a client’s scope and hours, logs hours by coach, and shows what remains', async () => {
    const created = api.expectStatus(await api.call('POST', `/api/networks/${consultancy.id}/clients`, lead.auth, { districtId: client.id, title: 'Strategic plan 2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', hoursPurchased: 10, scope }), 201);
    expect(created).toMatchObject({ districtName: 'Harbor Unified', networkName: 'Koru Consulting', scope: scope, bank: { purchased: 10, used: 0, remaining: 10, overBy: 0 }, entries: [] });
    const url = `/api/networks/${consultancy.id}/clients/${created.id}/hours`;
    api.expectStatus(await api.call('POST', url, ana.auth, { workedOn: '2026-09-03', hours: 2.5, activity: 'Steering committee launch' }), 201);
    api.expectStatus(await api.call('POST', url, lead.auth, { coachId: ben.id, workedOn: '2026-10-12', hours: 6, activity: 'Data retreat' }), 201);
    // A coach logs only their own hours.
    expect((await api.call('POST', url, ana.auth, { coachId: ben.id, workedOn: '2026-10-13', hours: 1, activity: 'x' })).status).toBe(403);
    const over = api.expectStatus(await api.call('POST', url, ben.auth, { workedOn: '2026-10-20', hours: 2.25, activity: 'Follow-up' }), 201);
    expect(over.bank).toEqual({
      purchased: 10,
      used: 10.75,
      remaining: 0,
      overBy: 0.75,
      byCoach: [
        { coachName: 'Ben Coach', hours: 8.25 },
        { coachName: 'Ana Coach', hours: 2.5 },
      ],
      byMonth: [
        { month: '2026-09', hours: 2.5 },
        { month: '2026-10', hours: 8.25 },
      ],
    });
    // More hours bought.
    const topped = api.expectStatus(await api.call('PUT', `/api/networks/${consultancy.id}/clients/${created.id}`, lead.auth, { hoursPurchased: 20, version: 1 }), 200);
    expect(topped.bank).toMatchObject({ purchased: 20, remaining: 9.25, overBy: 0 });
    // Ana cannot take back Ben's entry; Ben can.
    const bensEntry = topped.entries.find((entry: { activity: string }) => entry.activity === 'Follow-up');
    expect((await api.call('DELETE', `${url}/${bensEntry.id}`, ana.auth)).status).toBe(403);
    expect((await api.call('DELETE', `${url}/${bensEntry.id}`, ben.auth)).status).toBe(204);

    // The district sees its engagement and what remains.
    const seen = api.expectStatus(await api.call('GET', `/api/districts/${client.id}/engagements`, clientViewer.auth), 200).engagements;
    expect(seen).toHaveLength(1);
    expect(seen[0].bank).toMatchObject({ purchased: 20, used: 8.5, remaining: 11.5 });
  });

  it('names the field of bad input and refuses a district it does not reach', async () => {
    const stranger = await t.factories.organization({ name: 'Not A Client' });
    const base = { districtId: client.id, title: 'x', startsOn: '2026-09-01', endsOn: '2027-06-30', hoursPurchased: 10 };
    for (const [body, path] of [
      [{ ...base, districtId: stranger.id }, '/districtId'],
      [{ ...base, endsOn: '2026-08-01' }, '/endsOn'],
      [{ ...base, hoursPurchased: -1 }, '/hoursPurchased'],
      [{ ...base, hoursPurchased: 1.001 }, '/hoursPurchased'],
      [{ ...base, scope: [{ month: '2026-13', services: 'x' }] }, '/scope/0/month'],
    ] as const) {
      const res = await api.call('POST', `/api/networks/${consultancy.id}/clients`, lead.auth, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
    const [engagement] = api.expectStatus(await api.call('GET', `/api/networks/${consultancy.id}/clients`, ana.auth), 200).engagements;
    const bad = await api.call('POST', `/api/networks/${consultancy.id}/clients/${engagement.id}/hours`, ana.auth, { workedOn: '2026-09-03', hours: 0, activity: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('/hours');
    expect((await api.call('POST', `/api/networks/${consultancy.id}/clients`, ana.auth, base)).status).toBe(403);
    expect((await api.call('GET', `/api/networks/${consultancy.id}/clients`, clientViewer.auth)).status).toBe(404);
  });
});
