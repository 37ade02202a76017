import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolInCohort, networkApi, networkScenario } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let s: Awaited<ReturnType<typeof networkScenario>>;
let other: Awaited<ReturnType<typeof networkScenario>>;
let session: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  s = await networkScenario(t);
  other = await networkScenario(t, 'Prairie State');
  const [acadia, bienville] = s.districts;
  await enrolInCohort(t, { cohortId: s.cohort.id, networkAdminAuth: s.networkAdmin.auth, district: acadia! });
  // Bienville is invited only: it reads the library too.
  api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: bienville!.id }), 201);
  session = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth, { kind: 'session', title: 'Steering committee PD 1', date: '2026-09-10' }), 201);
});
afterAll(() => t.close());

const upload = (cohortId: string, query: string, body: Buffer | string, auth: Record<string, string>, contentType = 'application/pdf') =>
  t.app.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/resources/files?${query}`, headers: { ...auth, 'content-type': contentType }, payload: body });

describe('the resource library', () => {
  it('adds links by phase and as a session’s material, uploads a file, and both sides read it', async () => {
    const link = api.expectStatus(
      await api.call('POST', `/api/cohorts/${s.cohort.id}/resources`, s.networkAdmin.auth, { title: 'Root-cause protocol', url: 'https://example.org/root-cause', phaseKey: 'aspirations-and-diagnosis' }),
      201,
    );
    expect(link).toMatchObject({ kind: 'link', title: 'Root-cause protocol', url: 'https://example.org/root-cause', phaseKey: 'aspirations-and-diagnosis', eventId: null, fileName: null, addedBy: 'Nadia Network' });
    const material = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/resources`, s.networkAdmin.auth, { title: 'PD 1 slides', url: 'https://example.org/slides', eventId: session.id }), 201);
    expect(material).toMatchObject({ eventId: session.id, phaseKey: null });

    const res = await upload(s.cohort.id, `title=${encodeURIComponent('Stakeholder map')}&fileName=${encodeURIComponent('carte des acteurs.pdf')}&phaseKey=lay-the-foundation`, Buffer.from('%PDF-1.4 map'), s.networkAdmin.auth);
    expect(res.statusCode, res.body).toBe(201);
    const file = JSON.parse(res.body);
    expect(file).toMatchObject({ kind: 'file', title: 'Stakeholder map', fileName: 'carte des acteurs.pdf', contentType: 'application/pdf', sizeBytes: 12, phaseKey: 'lay-the-foundation', url: null });
    // A JSON handout is a file like any other, not a body to parse.
    const handout = await upload(s.cohort.id, 'title=Data&fileName=data.json', '{"a":1}', s.networkAdmin.auth, 'application/json');
    expect(handout.statusCode, handout.body).toBe(201);

    const networkList = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/resources`, s.networkCoach.auth), 200);
    expect(networkList.resources.map((r: { title: string }) => r.title)).toEqual(['Root-cause protocol', 'PD 1 slides', 'Stakeholder map', 'Data']);
    for (const district of s.districts.slice(0, 2)) {
      const seen = api.expectStatus(await api.call('GET', `/api/districts/${district.id}/cohorts/${s.cohort.id}/resources`, district.viewer.auth), 200);
      expect(seen.resources).toEqual(networkList.resources);
    }

    const download = await api.call('GET', `/api/districts/${s.districts[0]!.id}/cohorts/${s.cohort.id}/resources/${file.id}/file`, s.districts[0]!.viewer.auth);
    expect(download.status).toBe(200);
    expect(download.raw.toString()).toBe('%PDF-1.4 map');
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''carte%20des%20acteurs.pdf");
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/resources/${file.id}/file`, s.networkCoach.auth)).status).toBe(200);
    // A link has no file to download.
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/resources/${link.id}/file`, s.networkCoach.auth)).status).toBe(404);

    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/resources/${material.id}`, s.networkCoach.auth)).status).toBe(403);
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/resources/${material.id}`, s.networkAdmin.auth)).status).toBe(204);
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/resources/${material.id}`, s.networkAdmin.auth)).status).toBe(404);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', s.network.id).where('action', 'like', 'cohort.resource_%').execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['cohort.resource_added', 'cohort.resource_added', 'cohort.resource_added', 'cohort.resource_added', 'cohort.resource_removed']);
  });

  it('names the field of bad input', async () => {
    const milestone = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth, { kind: 'milestone', title: 'A-C due', date: '2026-08-28' }), 201);
    const cases: Array<[object, string]> = [
      [{ title: '', url: 'https://example.org' }, '/title'],
      [{ title: 'Evil', url: 'javascript:alert(1)' }, '/url'],
      [{ title: 'Phase', url: 'https://example.org', phaseKey: 'no-such-phase' }, '/phaseKey'],
      [{ title: 'Milestone', url: 'https://example.org', eventId: milestone.id }, '/eventId'],
      [{ title: 'Other cohort', url: 'https://example.org', eventId: '00000000-0000-4000-8000-000000000000' }, '/eventId'],
    ];
    for (const [body, path] of cases) {
      const res = await api.call('POST', `/api/cohorts/${s.cohort.id}/resources`, s.networkAdmin.auth, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const empty = await upload(s.cohort.id, 'title=Empty&fileName=e.pdf', Buffer.alloc(0), s.networkAdmin.auth);
    expect(empty.statusCode).toBe(400);
    expect(JSON.parse(empty.body).error.details[0].path).toBe('/file');
    const badPhase = await upload(s.cohort.id, 'title=X&fileName=x.pdf&phaseKey=nope', Buffer.from('x'), s.networkAdmin.auth);
    expect(badPhase.statusCode).toBe(400);
    expect(JSON.parse(badPhase.body).error.details[0]).toMatchObject({ path: 'query/phaseKey', code: 'not_in_template' });
    const noTitle = await upload(s.cohort.id, 'fileName=x.pdf', Buffer.from('x'), s.networkAdmin.auth);
    expect(JSON.parse(noTitle.body).error.details[0].path).toBe('query/title');
  });

  it('keeps another network and districts outside the cohort out', async () => {
    const [, , caddo] = s.districts;
    const mine = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/resources`, s.networkAdmin.auth), 200).resources;
    const fileId = mine.find((r: { kind: string }) => r.kind === 'file').id;
    // Another network's administrator: the cohort does not exist for them.
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/resources`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('POST', `/api/cohorts/${s.cohort.id}/resources`, other.networkAdmin.auth, { title: 'x', url: 'https://example.org' })).status).toBe(404);
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/resources/${fileId}/file`, other.networkAdmin.auth)).status).toBe(404);
    // Caddo is of the network but not in the cohort; another network's district, even less.
    expect((await api.call('GET', `/api/districts/${caddo!.id}/cohorts/${s.cohort.id}/resources`, caddo!.admin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${caddo!.id}/cohorts/${s.cohort.id}/resources/${fileId}/file`, caddo!.admin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${other.districts[0]!.id}/cohorts/${s.cohort.id}/resources`, other.districts[0]!.admin.auth)).status).toBe(404);
    // A file id of one cohort is nothing in another.
    expect((await api.call('GET', `/api/cohorts/${other.cohort.id}/resources/${fileId}/file`, other.networkAdmin.auth)).status).toBe(404);
    // A district that withdrew reads nothing more.
    const [, bienville] = s.districts;
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/districts/${bienville!.id}`, s.networkAdmin.auth)).status).toBe(204);
    expect((await api.call('GET', `/api/districts/${bienville!.id}/cohorts/${s.cohort.id}/resources`, bienville!.admin.auth)).status).toBe(404);
  });
});

describe('attendance at sessions', () => {
  it('records the whole list and totals it by district and by role', async () => {
    const [acadia, bienville, caddo] = s.districts;
    const url = `/api/cohorts/${s.cohort.id}/events/${session.id}/attendance`;
    const empty = api.expectStatus(await api.call('GET', url, s.networkCoach.auth), 200);
    expect(empty).toMatchObject({ people: [], totals: { recorded: 0, attended: 0, districtsPresent: 0 }, recordedAt: null });
    expect(empty.totals.byDistrict.map((d: { districtName: string }) => d.districtName)).toEqual([acadia!.name]);

    const people = [
      { districtId: acadia!.id, personName: 'Ana Superintendent', role: 'superintendent', attended: true },
      { districtId: acadia!.id, personName: 'Ben Board', role: 'board_member', attended: false },
      { districtId: acadia!.id, personName: 'Cara Teacher', role: 'teacher', attended: true },
      // Bienville withdrew after the session: its people stay on the sheet.
      { districtId: bienville!.id, personName: 'Dan Principal', role: 'principal', attended: true },
    ];
    expect((await api.call('PUT', url, s.networkCoach.auth, { people })).status).toBe(403);
    const saved = api.expectStatus(await api.call('PUT', url, s.networkAdmin.auth, { people }), 200);
    expect(saved.totals).toMatchObject({ recorded: 4, attended: 3, districtsPresent: 2 });
    expect(saved.totals.byDistrict).toEqual([
      { districtId: acadia!.id, districtName: acadia!.name, recorded: 3, attended: 2 },
      { districtId: bienville!.id, districtName: bienville!.name, recorded: 1, attended: 1 },
    ]);
    expect(saved.totals.byRole.find((r: { role: string }) => r.role === 'board_member')).toEqual({ role: 'board_member', recorded: 1, attended: 0 });
    expect(saved.recordedAt).toEqual(expect.any(String));
    expect(api.expectStatus(await api.call('GET', url, s.networkCoach.auth), 200)).toEqual(saved);

    // The list replaces the last one.
    const again = api.expectStatus(await api.call('PUT', url, s.networkAdmin.auth, { people: people.slice(0, 1) }), 200);
    expect(again.people.map((p: { personName: string }) => p.personName)).toEqual(['Ana Superintendent']);

    const stranger = await api.call('PUT', url, s.networkAdmin.auth, { people: [people[0], { ...people[1], districtId: caddo!.id }] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details[0]).toMatchObject({ path: '/people/1/districtId', code: 'not_in_this_network' });
    const badRole = await api.call('PUT', url, s.networkAdmin.auth, { people: [{ ...people[0], role: 'king' }] });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.details[0].path).toBe('/people/0/role');
    expect(api.expectStatus(await api.call('GET', url, s.networkCoach.auth), 200).people).toHaveLength(1);

    const milestone = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth), 200).events.find((e: { kind: string }) => e.kind === 'milestone');
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/events/${milestone.id}/attendance`, s.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('GET', url, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('GET', `/api/cohorts/${other.cohort.id}/events/${session.id}/attendance`, other.networkAdmin.auth)).status).toBe(404);
  });
});
