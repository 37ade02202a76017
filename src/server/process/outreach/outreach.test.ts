import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let administrator: Person;
let otherAdmin: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  otherAdmin = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'administrator' });
});
afterAll(() => t.close());

interface Cycle {
  id: string;
  sessions: Array<{ id: string; name: string; date: string }>;
}
async function startCycle(): Promise<Cycle> {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'thru-community-planning', name: 'Prairie View 2030', startDate: '2026-09-01' } });
  expect(res.statusCode).toBe(201);
  return json(res);
}
const post = (url: string, payload: object, headers = planner.auth) => t.app.inject({ method: 'POST', url, headers, payload });
const kit = (cycleId: string, headers = planner.auth) => t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/outreach`, headers });

describe('outreach kit', () => {
  it('opens without writing anything, and adds the starter kit when an editor asks', async () => {
    const cycle = await startCycle();
    const auditRows = async () => (await t.ctx.db.selectFrom('audit_events').select(({ fn }) => fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
    const auditBefore = await auditRows();
    const opened = json(await kit(cycle.id));
    expect(opened.items).toEqual([]);
    expect(opened.mergeFields).toEqual(['district_name', 'session_name', 'session_date', 'link', 'recipient_name']);
    expect(json(await kit(cycle.id, viewer.auth)).items).toEqual([]);
    // Opening the tab, as planner or viewer, added no item and no audit row in anyone's name.
    expect(await auditRows()).toBe(auditBefore);

    const added = await post(`/api/cycles/${cycle.id}/outreach/starter-kit`, {});
    expect(added.statusCode).toBe(201);
    const first = json(await kit(cycle.id));
    expect(new Set(first.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['email_invitation', 'talking_points', 'script', 'commitment', 'agenda_template']));
    expect(json(await kit(cycle.id, viewer.auth)).items).toHaveLength(first.items.length);
    expect(await auditRows()).toBe(String(Number(auditBefore) + 1));
    expect((await post(`/api/cycles/${cycle.id}/outreach/starter-kit`, {}, viewer.auth)).statusCode).toBe(403);
  });

  it('refuses unknown merge fields naming the field and the name, and stale edits with 409', async () => {
    const cycle = await startCycle();
    const unknown = await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'email_invitation', title: 'Invite', subject: 'Hi', body: 'See you at {{school_name}}' });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).error.details).toEqual([{ path: '/body', message: 'uses {{school_name}}, which is not a merge field', code: 'unknown_merge_fields', params: { fields: '{{school_name}}', count: 1 } }]);
    const noSubject = await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'email_invitation', title: 'Invite', body: 'x' });
    expect(json(noSubject).error.details).toEqual([{ path: '/subject', message: 'is required for an email invitation', code: 'required' }]);
    const item = json(await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'talking_points', title: 'Points', body: '- {{district_name}} listens' }));
    const url = `/api/cycles/${cycle.id}/outreach/items/${item.id}`;
    const badSubject = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: 1, subject: 'Hello {{Recipient}}' } });
    expect(json(badSubject).error.details).toEqual([{ path: '/subject', message: 'uses {{Recipient}}, which is not a merge field', code: 'unknown_merge_fields', params: { fields: '{{Recipient}}', count: 1 } }]);
    expect(json(await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: 1, body: 'Changed' } }))).toMatchObject({ body: 'Changed', version: 2 });
    const stale = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: 1, body: 'Lost' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.body).toBe('Changed');
    expect((await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'script', title: 'x' }, viewer.auth)).statusCode).toBe(403);
  });

  it('previews with the district name, the session name and date, and the link filled', async () => {
    const cycle = await startCycle();
    const session = cycle.sessions[0]!;
    const item = json(await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'email_invitation', title: 'Invite', subject: '{{district_name}}: {{session_name}}', body: 'Dear {{recipient_name}}, on {{session_date}} at {{link}}' }));
    const url = `/api/cycles/${cycle.id}/outreach/items/${item.id}/preview`;
    const bare = json(await post(url, {}, viewer.auth));
    expect(bare).toEqual({ subject: 'Prairie View: {{session_name}}', body: 'Dear {{recipient_name}}, on {{session_date}} at {{link}}', missing: ['session_name', 'recipient_name', 'session_date', 'link'] });
    const full = json(await post(url, { sessionId: session.id, link: 'https://example.org/rsvp', recipientName: 'Ana' }, viewer.auth));
    const [year, month, day] = session.date.split('-').map(Number);
    const expectedDate = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-US', { dateStyle: 'full', timeZone: 'UTC' });
    expect(full).toEqual({ subject: `Prairie View: ${session.name}`, body: `Dear Ana, on ${expectedDate} at https://example.org/rsvp`, missing: [] });
    const draft = json(await post(url, { body: 'Draft for {{district_name}}' }));
    expect(draft.body).toBe('Draft for Prairie View');
    expect(json(await post(url, { body: '{{nope}}' })).error.details[0].path).toBe('/body');
    const other = await startCycle();
    expect(json(await post(url, { sessionId: other.sessions[0]!.id })).error.details).toEqual([{ path: '/sessionId', message: 'is not a session of this cycle', code: 'not_in_this_cycle' }]);
  });
});

describe('sending an invitation', () => {
  it('sends one personal mail per contact into the outbox, logs the send and audits it', async () => {
    const cycle = await startCycle();
    const session = cycle.sessions[0]!;
    const group = json(await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'Parents', constituency: 'families', contacts: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { email: 'ben@example.org' }] }));
    const item = json(await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'email_invitation', title: 'Listening session', subject: 'Join {{district_name}}', body: 'Dear {{recipient_name}}, come to {{session_name}}: {{link}}' }));
    const url = `/api/cycles/${cycle.id}/outreach/items/${item.id}/send`;

    const needsLink = await post(url, { stakeholderGroupId: group.id, sessionId: session.id });
    expect(json(needsLink).error.details).toEqual([{ path: '/link', message: 'is needed: the invitation uses {{link}}', code: 'merge_field_needed', params: { field: '{{link}}' } }]);
    expect((await post(url, { stakeholderGroupId: group.id, sessionId: session.id, link: 'https://example.org/rsvp' }, viewer.auth)).statusCode).toBe(403);

    const sent = await post(url, { stakeholderGroupId: group.id, sessionId: session.id, link: 'https://example.org/rsvp' });
    expect(sent.statusCode).toBe(201);
    expect(json(sent)).toMatchObject({ groupName: 'Parents', itemTitle: 'Listening session', subject: 'Join Prairie View', sentBy: 'Pat Planner', recipientCount: 2 });

    const outbox = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${districtId}/outbox`, headers: administrator.auth })).messages as Array<{ to: string; subject: string; body: string; status: string }>;
    const ours = outbox.filter((m) => m.subject === 'Join Prairie View');
    expect(ours.map((m) => m.to).sort()).toEqual(['ana@example.org', 'ben@example.org']);
    expect(ours.find((m) => m.to === 'ana@example.org')!.body).toBe(`Dear Ana Ruiz, come to ${session.name}: https://example.org/rsvp`);
    expect(ours.find((m) => m.to === 'ben@example.org')!.body).toContain('Dear ben@example.org,');
    expect(ours.every((m) => m.status === 'held')).toBe(true);

    const { sends } = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/outreach/sends`, headers: viewer.auth }));
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ stakeholderGroupId: group.id, sessionId: session.id, link: 'https://example.org/rsvp', recipients: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: '', email: 'ben@example.org' }] });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'organization_id']).where('entity_id', '=', sends[0].id).execute();
    expect(audit).toEqual([{ action: 'outreach.invitation_sent', organization_id: districtId }]);
  });

  it('refuses a group without contacts, an item that is not an invitation, and another district', async () => {
    const cycle = await startCycle();
    const empty = json(await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'Business partners', constituency: 'business' }));
    const item = json(await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'email_invitation', title: 'Invite', subject: 'Hello', body: 'Hi {{recipient_name}}' }));
    const noContacts = await post(`/api/cycles/${cycle.id}/outreach/items/${item.id}/send`, { stakeholderGroupId: empty.id });
    expect(noContacts.statusCode).toBe(400);
    expect(json(noContacts).error.details[0].path).toBe('/stakeholderGroupId');
    const points = json(await post(`/api/cycles/${cycle.id}/outreach/items`, { kind: 'talking_points', title: 'Points', body: 'x' }));
    const notInvitation = await post(`/api/cycles/${cycle.id}/outreach/items/${points.id}/send`, { stakeholderGroupId: empty.id });
    expect(json(notInvitation).error.details).toEqual([{ path: 'params/outreachItemId', message: 'is not an email invitation', code: 'email_invitation_only' }]);
    expect((await post(`/api/cycles/${cycle.id}/outreach/items/${item.id}/send`, { stakeholderGroupId: empty.id }, otherAdmin.auth)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/outreach/sends`, headers: otherAdmin.auth })).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('outreach_sends').select('id').where('cycle_id', '=', cycle.id).execute()).toEqual([]);
  });
});
