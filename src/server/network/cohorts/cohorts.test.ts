import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolInCohort, networkApi, networkScenario } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let s: Awaited<ReturnType<typeof networkScenario>>;
beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  s = await networkScenario(t);
});
afterAll(() => t.close());

describe('cohorts and their calendar', () => {
  it('starts a cohort on a template and lists it; a name is unique in the network; bad input names its field', async () => {
    expect(s.cohort).toMatchObject({ networkId: s.network.id, name: 'Cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', templateName: expect.stringContaining('Strong School Systems'), startDate: '2026-08-03', districtCount: 0, version: 1 });
    const list = api.expectStatus(await api.call('GET', `/api/networks/${s.network.id}/cohorts`, s.networkCoach.auth), 200);
    expect(list.cohorts.map((c: { name: string }) => c.name)).toEqual(['Cohort 4']);

    const cases: Array<[object, string, number]> = [
      [{ name: 'cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', startDate: '2026-08-03' }, '/name', 409],
      [{ name: 'Cohort 5', schoolYear: '', templateId: 'louisiana-strong-school-systems', startDate: '2026-08-03' }, '/schoolYear', 400],
      [{ name: 'Cohort 5', schoolYear: '2027-28', templateId: 'no-such-template', startDate: '2026-08-03' }, '/templateId', 400],
      [{ name: 'Cohort 5', schoolYear: '2027-28', templateId: 'louisiana-strong-school-systems', startDate: '2026-02-30' }, '/startDate', 400],
    ];
    for (const [body, path, status] of cases) {
      const res = await api.call('POST', `/api/networks/${s.network.id}/cohorts`, s.networkAdmin.auth, body);
      expect(res.status, path).toBe(status);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // A coach reads the network's cohorts but does not start them.
    expect((await api.call('POST', `/api/networks/${s.network.id}/cohorts`, s.networkCoach.auth, { name: 'Mine', schoolYear: '2027', templateId: 'custom', startDate: '2026-08-03' })).status).toBe(403);
    expect((await api.call('GET', `/api/networks/${s.network.id}/cohorts`)).status).toBe(401);
  });

  it('renames a cohort with its version, and keeps the shared calendar by date', async () => {
    const renamed = api.expectStatus(await api.call('PATCH', `/api/cohorts/${s.cohort.id}`, s.networkAdmin.auth, { name: 'Cohort 4 - SY 26-27', version: 1 }), 200);
    expect(renamed).toMatchObject({ name: 'Cohort 4 - SY 26-27', version: 2 });
    expect((await api.call('PATCH', `/api/cohorts/${s.cohort.id}`, s.networkAdmin.auth, { name: 'Stale', version: 1 })).status).toBe(409);

    const session = api.expectStatus(
      await api.call('POST', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth, { kind: 'session', title: 'Steering committee PD 1', date: '2026-09-10', startTime: '09:00', location: 'Baton Rouge' }),
      201,
    );
    api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth, { kind: 'milestone', title: 'Deliverables A-C due', date: '2026-08-28' }), 201);
    const bad = await api.call('POST', `/api/cohorts/${s.cohort.id}/events`, s.networkAdmin.auth, { kind: 'session', title: 'PD', date: '2026-09-10', startTime: '25:00' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('/startTime');
    const events = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/events`, s.networkCoach.auth), 200).events;
    expect(events.map((e: { title: string }) => e.title)).toEqual(['Deliverables A-C due', 'Steering committee PD 1']);
    const moved = api.expectStatus(await api.call('PATCH', `/api/cohorts/${s.cohort.id}/events/${session.id}`, s.networkAdmin.auth, { date: '2026-09-17', version: 1 }), 200);
    expect(moved).toMatchObject({ date: '2026-09-17', startTime: '09:00', version: 2 });
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/events/${session.id}`, s.networkAdmin.auth)).status).toBe(204);
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/events/${session.id}`, s.networkAdmin.auth)).status).toBe(404);
  });
});

describe('districts join by invitation, with their documents', () => {
  it('invites a district of the network, or a new one with its administrator; refuses another network’s district', async () => {
    const [acadia] = s.districts;
    const invited = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: acadia!.id }), 201);
    expect(invited).toMatchObject({ districtId: acadia!.id, status: 'invited', cycleId: null, provider: null, coaches: [], documents: [] });
    // Its administrators are told, with a link to where they enrol.
    const mail = await t.ctx.db.selectFrom('outbox_messages').select(['to_address', 'subject', 'body_text']).where('organization_id', '=', acadia!.id).execute();
    expect(mail).toEqual([expect.objectContaining({ to_address: acadia!.admin.email, subject: `${s.network.name} invites ${acadia!.name} to Cohort 4 - SY 26-27` })]);
    expect(mail[0]!.body_text).toContain(`http://waymark.test/o/${acadia!.id}/network`);
    const twice = await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: acadia!.id });
    expect(twice.status).toBe(409);
    expect(await t.ctx.db.selectFrom('outbox_messages').select('id').where('organization_id', '=', acadia!.id).execute()).toHaveLength(1);

    const stranger = await t.factories.organization({ name: 'Elsewhere District' });
    const refused = await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: stranger.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ path: '/districtId', code: 'not_in_this_network' });

    const created = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { name: 'Delta Parish', administratorEmail: 'Super@Delta.example.org' }), 201);
    expect(created).toMatchObject({ districtName: 'Delta Parish', status: 'invited' });
    const invitation = await t.ctx.db.selectFrom('one_time_tokens').select(['email', 'role']).where('organization_id', '=', created.districtId).executeTakeFirstOrThrow();
    expect(invitation).toEqual({ email: 'super@delta.example.org', role: 'administrator' });
    const bad = await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { name: 'Echo Parish', administratorEmail: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(await t.ctx.db.selectFrom('organizations').select('id').where('name', '=', 'Echo Parish').execute()).toEqual([]);
  });

  it('lets the district sign or upload its documents and enrol, starting its cycle on the shared timeline', async () => {
    const acadia = s.districts[0]!;
    const network = api.expectStatus(await api.call('GET', `/api/districts/${acadia.id}/network`, acadia.viewer.auth), 200);
    expect(network.cohorts).toMatchObject([{ cohortId: s.cohort.id, networkName: s.network.name, status: 'invited', documents: [] }]);

    // Enrolling without the documents names what is missing.
    const early = await api.call('POST', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/enrolment`, acadia.admin.auth, {});
    expect(early.status).toBe(400);
    expect(early.body.error.details.map((d: { params: { kind: string } }) => d.params.kind)).toEqual(['notice_of_intent', 'letter_of_commitment']);
    // A viewer does not sign for the district.
    expect((await api.call('POST', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/signed-forms`, acadia.viewer.auth, { kind: 'notice_of_intent', signerName: 'V', signerTitle: 'V', statement: 'V' })).status).toBe(403);

    const signed = api.expectStatus(
      await api.call('POST', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/signed-forms`, acadia.admin.auth, { kind: 'notice_of_intent', signerName: 'Dr. Ana Broussard', signerTitle: 'Superintendent', statement: 'Acadia Parish intends to join Cohort 4.' }),
      201,
    );
    expect(signed).toMatchObject({ kind: 'notice_of_intent', fileName: null, signerName: 'Dr. Ana Broussard', signerTitle: 'Superintendent', addedBy: acadia.admin.name });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/documents?kind=letter_of_commitment&fileName=${encodeURIComponent('Lettre d’engagement.pdf')}`,
      headers: { ...acadia.admin.auth, 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.4 signed letter'),
    });
    expect(upload.statusCode).toBe(201);
    const file = upload.json();
    expect(file).toMatchObject({ kind: 'letter_of_commitment', fileName: 'Lettre d’engagement.pdf', contentType: 'application/pdf', sizeBytes: 22 });
    const empty = await t.app.inject({ method: 'POST', url: `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/documents?kind=other&fileName=x.pdf`, headers: { ...acadia.admin.auth, 'content-type': 'application/pdf' }, payload: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);

    const enrolled = api.expectStatus(await api.call('POST', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/enrolment`, acadia.admin.auth, {}), 200);
    const cycle = await t.ctx.db.selectFrom('planning_cycles').selectAll().where('id', '=', enrolled.cycleId).executeTakeFirstOrThrow();
    expect(cycle).toMatchObject({ organization_id: acadia.id, template_id: 'louisiana-strong-school-systems', start_date: '2026-08-03', name: 'Cohort 4 - SY 26-27' });
    expect((await api.call('POST', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/enrolment`, acadia.admin.auth, {})).status).toBe(409);

    // The network reads the documents where it runs the cohort; the file comes back as it was sent.
    const [row] = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/districts`, s.networkCoach.auth), 200).districts.filter((d: { districtId: string }) => d.districtId === acadia.id);
    expect(row).toMatchObject({ status: 'enrolled', cycleId: enrolled.cycleId, documents: [{ kind: 'notice_of_intent' }, { kind: 'letter_of_commitment' }] });
    const download = await api.call('GET', `/api/cohorts/${s.cohort.id}/districts/${acadia.id}/documents/${file.id}`, s.networkCoach.auth);
    expect(download.status).toBe(200);
    expect(download.raw.toString()).toBe('%PDF-1.4 signed letter');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Lettre%20d%E2%80%99engagement.pdf");
    const form = await api.call('GET', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/documents/${signed.id}`, acadia.viewer.auth);
    expect(form.raw.toString()).toContain('Signed in Waymark by Dr. Ana Broussard, Superintendent');
    // Another district cannot read it.
    expect((await api.call('GET', `/api/districts/${acadia.id}/cohorts/${s.cohort.id}/documents/${signed.id}`, s.districts[1]!.admin.auth)).status).toBe(404);
  });

  it('enrols with a cycle the district already runs from the cohort’s template, and refuses one from another template', async () => {
    const bienville = s.districts[1]!;
    const { startCycle } = await import('../../process/cycles/start-cycle.js');
    const { cohortTemplate } = await import('./cohort-templates.js');
    const { cliActor } = await import('../../platform/audit/actor.js');
    const own = await startCycle({ db: t.ctx.db, actor: cliActor, organizationId: bienville.id, template: cohortTemplate('louisiana-strong-school-systems')!, name: 'Our plan', startDate: '2026-07-01' });
    const other = await startCycle({ db: t.ctx.db, actor: cliActor, organizationId: bienville.id, template: cohortTemplate('custom')!, name: 'Blank', startDate: '2026-07-01' });
    api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: bienville.id }), 201);
    for (const kind of ['notice_of_intent', 'letter_of_commitment']) {
      api.expectStatus(await api.call('POST', `/api/districts/${bienville.id}/cohorts/${s.cohort.id}/signed-forms`, bienville.admin.auth, { kind, signerName: 'B', signerTitle: 'Superintendent', statement: 'Yes' }), 201);
    }
    const wrong = await api.call('POST', `/api/districts/${bienville.id}/cohorts/${s.cohort.id}/enrolment`, bienville.admin.auth, { cycleId: other.id });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('/cycleId');
    const right = api.expectStatus(await api.call('POST', `/api/districts/${bienville.id}/cohorts/${s.cohort.id}/enrolment`, bienville.admin.auth, { cycleId: own.id }), 200);
    expect(right.cycleId).toBe(own.id);
  });
});

describe('providers reach exactly the districts matched to them', () => {
  it('matches a provider; its lead reaches the district, its coaches once assigned, and nothing else', async () => {
    const [acadia, bienville, caddo] = s.districts;
    const district = (id: string) => `/api/organizations/${id}`;
    // Before the match the provider sees nothing of the district.
    expect((await api.call('GET', district(acadia!.id), s.providerLead.auth)).status).toBe(404);

    const refused = await api.call('PUT', `/api/cohorts/${s.cohort.id}/districts/${acadia!.id}/provider`, s.networkAdmin.auth, { providerId: caddo!.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('/providerId');
    const matched = api.expectStatus(await api.call('PUT', `/api/cohorts/${s.cohort.id}/districts/${acadia!.id}/provider`, s.networkAdmin.auth, { providerId: s.provider.id }), 200);
    expect(matched.provider).toEqual({ id: s.provider.id, name: s.provider.name });

    expect((await api.call('GET', district(acadia!.id), s.providerLead.auth)).status).toBe(200);
    expect((await api.call('GET', district(bienville!.id), s.providerLead.auth)).status).toBe(404);
    expect((await api.call('GET', district(acadia!.id), s.providerCoach.auth)).status).toBe(404);

    // The provider's lead assigns a coach, with what the coach does; the coach reaches that district only.
    const assigned = api.expectStatus(await api.call('PUT', `/api/organizations/${s.provider.id}/members/${s.providerCoach.id}/districts`, s.providerLead.auth, { districtIds: [acadia!.id], responsibility: 'Lead coach' }), 200);
    expect(assigned).toMatchObject({ districtIds: [acadia!.id], responsibility: 'Lead coach' });
    const notMatched = await api.call('PUT', `/api/organizations/${s.provider.id}/members/${s.providerCoach.id}/districts`, s.providerLead.auth, { districtIds: [bienville!.id] });
    expect(notMatched.status).toBe(400);
    expect((await api.call('GET', district(acadia!.id), s.providerCoach.auth)).status).toBe(200);
    expect((await api.call('GET', `/api/cycles/${(await t.ctx.db.selectFrom('planning_cycles').select('id').where('organization_id', '=', acadia!.id).executeTakeFirstOrThrow()).id}`, s.providerCoach.auth)).status).toBe(200);
    expect((await api.call('GET', district(bienville!.id), s.providerCoach.auth)).status).toBe(404);
    expect((await api.call('GET', district(acadia!.id), s.otherProviderCoach.auth)).status).toBe(404);
    // The provider does not run the network's cohort.
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}`, s.providerLead.auth)).status).toBe(404);

    // The district sees who its provider is and which coach does what.
    const seen = api.expectStatus(await api.call('GET', `/api/districts/${acadia!.id}/network`, acadia!.viewer.auth), 200);
    expect(seen.providers).toEqual([{ networkName: s.network.name, providerName: s.provider.name }]);
    expect(seen.coaches).toEqual([expect.objectContaining({ name: 'Pedro Coach', organizationName: s.provider.name, responsibility: 'Lead coach' })]);
    const [row] = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth), 200).districts.filter((d: { districtId: string }) => d.districtId === acadia!.id);
    expect(row.coaches).toEqual([expect.objectContaining({ name: 'Pedro Coach', responsibility: 'Lead coach' })]);

    // Withdrawing ends the match: the provider and its coach lose the district.
    expect((await api.call('DELETE', `/api/cohorts/${s.cohort.id}/districts/${acadia!.id}`, s.networkAdmin.auth)).status).toBe(204);
    expect((await api.call('GET', district(acadia!.id), s.providerLead.auth)).status).toBe(404);
    expect((await api.call('GET', district(acadia!.id), s.providerCoach.auth)).status).toBe(404);
    const after = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth), 200).districts.find((d: { districtId: string }) => d.districtId === acadia!.id);
    expect(after).toMatchObject({ status: 'withdrawn', provider: null, documents: [{}, {}] });
    // Invited again, it starts over as invited.
    api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: acadia!.id }), 201);
  });

  it('lists the network’s providers with how many districts each is matched to', async () => {
    const providers = api.expectStatus(await api.call('GET', `/api/networks/${s.network.id}/providers`, s.networkCoach.auth), 200).providers;
    expect(providers).toEqual([expect.objectContaining({ id: s.provider.id, name: s.provider.name, services: 'Facilitation and data', districtCount: 0 })]);
    const lead = await t.ctx.db.selectFrom('one_time_tokens').select(['role']).where('organization_id', '=', s.provider.id).executeTakeFirstOrThrow();
    expect(lead.role).toBe('network_admin');
    expect((await api.call('POST', `/api/networks/${s.network.id}/providers`, s.networkCoach.auth, { name: 'X', leadEmail: 'x@example.org' })).status).toBe(403);
  });
});
