import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let networkId: string;
let admin: Caller;
let coach: Caller;
let otherAdmin: Caller;
let districtAdmin: Caller;

const template = 'louisiana-strong-school-systems';
const criteria = [
  { label: 'Evidence', description: 'Uses the diagnostic data', levels: [{ label: 'Beginning' }, { label: 'Developing' }, { label: 'Strong', description: 'Every claim cites data' }] },
  { label: 'Root causes', levels: [{ label: 'Not yet' }, { label: 'Yes' }] },
];

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, caller: Caller, payload?: object) {
  const res = await t.app.inject({ method, url, headers: caller.auth, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? (res.json() as any) : null };
}

beforeAll(async () => {
  t = await createTestApp();
  networkId = (await t.factories.organization({ kind: 'network', name: 'Louisiana DOE' })).id;
  const otherNetwork = await t.factories.organization({ kind: 'network' });
  const district = await t.factories.organization({ name: 'Bayou Parish', networkId });
  admin = await t.factories.user({ organizationId: networkId, role: 'network_admin' });
  coach = await t.factories.user({ organizationId: networkId, role: 'coach' });
  otherAdmin = await t.factories.user({ organizationId: otherNetwork.id, role: 'network_admin' });
  districtAdmin = await t.factories.user({ organizationId: district.id, role: 'administrator' });
});
afterAll(() => t.close());

describe('review rubrics', () => {
  it('are written once per deliverable type, read by coaches, changed with a version and deleted', async () => {
    const url = `/api/networks/${networkId}/rubrics`;
    const created = await call('POST', url, admin, { templateId: template, deliverableKey: 'diagnostic', name: 'Diagnostic report', criteria });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ networkId, templateId: template, deliverableKey: 'diagnostic', name: 'Diagnostic report', version: 1 });
    expect(created.body.criteria[1]).toEqual({ label: 'Root causes', description: '', levels: [{ label: 'Not yet', description: '' }, { label: 'Yes', description: '' }] });
    expect(created.body.criteria[0].levels[2].description).toBe('Every claim cites data');

    const again = await call('POST', url, admin, { templateId: template, deliverableKey: 'diagnostic', name: 'Another', criteria });
    expect(again.status).toBe(400);
    expect(again.body.error.details[0]).toMatchObject({ path: '/deliverableKey', code: 'duplicate' });

    const list = await call('GET', url, coach);
    expect(list.status).toBe(200);
    expect(list.body.rubrics.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect((await call('POST', url, coach, { templateId: template, deliverableKey: 'measures', name: 'Measures', criteria })).status).toBe(403);

    const rubricUrl = `${url}/${created.body.id}`;
    const changed = await call('PUT', rubricUrl, admin, { version: 1, name: 'Diagnostic report (2026)', criteria: criteria.slice(0, 1) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Diagnostic report (2026)', version: 2 });
    expect(changed.body.criteria).toHaveLength(1);
    const stale = await call('PUT', rubricUrl, admin, { version: 1, name: 'Late', criteria });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.name).toBe('Diagnostic report (2026)');

    expect((await call('DELETE', rubricUrl, coach)).status).toBe(403);
    expect((await call('DELETE', rubricUrl, admin)).status).toBe(204);
    expect((await call('PUT', rubricUrl, admin, { version: 2, name: 'Gone', criteria })).status).toBe(404);
    expect((await call('GET', url, admin)).body.rubrics).toEqual([]);
  });

  it('names the field of every problem', async () => {
    const url = `/api/networks/${networkId}/rubrics`;
    const problem = async (body: object) => {
      const res = await call('POST', url, admin, { templateId: template, deliverableKey: 'measures', name: 'Measures', criteria, ...body });
      expect(res.status).toBe(400);
      return res.body.error.details.map((d: { path: string; code?: string }) => [d.path, d.code]);
    };
    expect(await problem({ templateId: 'no-such-template' })).toEqual([['/templateId', 'does_not_exist']]);
    expect(await problem({ deliverableKey: 'no-such-deliverable' })).toEqual([['/deliverableKey', 'not_in_template']]);
    expect((await problem({ name: '  ' }))[0][0]).toBe('/name');
    expect((await problem({ criteria: [] }))[0][0]).toBe('/criteria');
    expect((await problem({ criteria: Array.from({ length: 13 }, (_, i) => ({ label: `C${i}`, levels: criteria[1]!.levels })) }))[0][0]).toBe('/criteria');
    expect((await problem({ criteria: [{ label: 'One level', levels: [{ label: 'Only' }] }] }))[0][0]).toBe('/criteria/0/levels');
    expect((await problem({ criteria: [{ label: 'Seven', levels: Array.from({ length: 7 }, (_, i) => ({ label: `L${i}` })) }] }))[0][0]).toBe('/criteria/0/levels');
    expect(await problem({ criteria: [criteria[1], { ...criteria[1], label: 'root causes' }] })).toEqual([['/criteria/1/label', 'duplicate']]);
    expect(await problem({ criteria: [{ label: 'Twice', levels: [{ label: 'Yes' }, { label: 'Yes' }] }] })).toEqual([['/criteria/0/levels/1/label', 'duplicate']]);
    expect((await problem({ criteria: [{ label: 'Evidence', levels: [{ label: '' }, { label: 'Yes' }] }] }))[0][0]).toBe('/criteria/0/levels/0/label');
    expect((await call('GET', url, admin)).body.rubrics).toEqual([]);
  });

  it('are the network’s own: another network and a district are refused', async () => {
    const url = `/api/networks/${networkId}/rubrics`;
    expect((await call('GET', url, otherAdmin)).status).toBe(404);
    expect((await call('POST', url, otherAdmin, { templateId: template, deliverableKey: 'measures', name: 'Measures', criteria })).status).toBe(404);
    expect((await call('GET', url, districtAdmin)).status).toBe(404);
  });
});
