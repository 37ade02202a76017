import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
let otherAdmin: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const other = await t.factories.organization({ name: 'Elsewhere' });
  otherAdmin = await t.factories.user({ organizationId: other.id, role: 'administrator' });
});
afterAll(() => t.close());

async function startCycle() {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'louisiana-strong-school-systems', name: 'Prairie View 2030', startDate: '2026-09-01' } });
  expect(res.statusCode).toBe(201);
  const cycleId = json(res).id as string;
  const cycle = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}`, headers: planner.auth }));
  const session = cycle.sessions.find((s: { details: { agenda?: string[] } }) => (s.details.agenda ?? []).length > 0);
  return { cycleId, session: session as { id: string; name: string; version: number; details: { agenda: string[] } }, sessions: cycle.sessions as Array<{ id: string; date: string }> };
}
const seat = async (cycleId: string, name: string) =>
  json(await t.app.inject({ method: 'POST', url: `/api/cycles/${cycleId}/committee`, headers: planner.auth, payload: { name, constituency: 'community', committeeRole: 'member' } })).id as string;
const url = (cycleId: string, sessionId: string, rest = 'record') => `/api/cycles/${cycleId}/sessions/${sessionId}/${rest}`;
const auditActions = async (entityId: string) =>
  (await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('entity_id', '=', entityId).execute()).map((r) => r.action);

describe('session records', () => {
  it("shows the template's agenda until the district saves its own, and saves with the session's version", async () => {
    const { cycleId, session } = await startCycle();
    const first = json(await t.app.inject({ method: 'GET', url: url(cycleId, session.id), headers: viewer.auth }));
    expect(first.agendaFromTemplate).toBe(true);
    expect(first.agenda.map((i: { title: string }) => i.title)).toEqual(session.details.agenda);
    expect(first.session).toMatchObject({ id: session.id, name: session.name, version: session.version });

    const saved = await t.app.inject({
      method: 'PATCH',
      url: url(cycleId, session.id),
      headers: planner.auth,
      payload: {
        version: session.version,
        place: ' Board room ',
        meetingLink: 'https://meet.example.org/pv',
        startTime: '18:30',
        agenda: [{ title: 'Welcome', minutes: 10 }, { title: 'Review the data', minutes: 45, presenter: 'Dr. Ruiz' }],
        minutes: 'We met.\nWe talked.',
        decisions: [{ text: 'Adopt the norms', method: 'fist_to_five' }, { text: 'Meet monthly' }],
      },
    });
    expect(saved.statusCode).toBe(200);
    const after = json(saved);
    expect(after).toMatchObject({ place: 'Board room', meetingLink: 'https://meet.example.org/pv', startTime: '18:30', minutes: 'We met.\nWe talked.', agendaFromTemplate: false });
    expect(after.agenda).toEqual([{ title: 'Welcome', minutes: 10, presenter: null }, { title: 'Review the data', minutes: 45, presenter: 'Dr. Ruiz' }]);
    expect(after.decisions).toEqual([{ text: 'Adopt the norms', method: 'fist_to_five' }, { text: 'Meet monthly', method: null }]);
    expect(after.session.version).toBe(session.version + 1);
    expect(await auditActions(session.id)).toContain('session.record_changed');

    const summaries = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/session-summaries`, headers: viewer.auth }));
    expect(summaries.sessions.find((s: { sessionId: string }) => s.sessionId === session.id)).toEqual({ sessionId: session.id, place: 'Board room', meetingLink: 'https://meet.example.org/pv', startTime: '18:30', hasMinutes: true, present: 0, openTasks: 0 });

    // A later change of one field leaves the others as they were.
    const again = json(await t.app.inject({ method: 'PATCH', url: url(cycleId, session.id), headers: planner.auth, payload: { version: after.session.version, place: null } }));
    expect(again).toMatchObject({ place: null, startTime: '18:30', minutes: 'We met.\nWe talked.' });

    const stale = await t.app.inject({ method: 'PATCH', url: url(cycleId, session.id), headers: planner.auth, payload: { version: session.version, minutes: 'Lost' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('conflict');
    expect(json(stale).error.current.minutes).toBe('We met.\nWe talked.');
  });

  it('conflicts when the session was moved through the cycle in the meantime', async () => {
    const { cycleId, session } = await startCycle();
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/cycles/${cycleId}/sessions/${session.id}`, headers: planner.auth, payload: { version: session.version, changes: { date: '2026-10-01' } } });
    expect(moved.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: url(cycleId, session.id), headers: planner.auth, payload: { version: session.version, place: 'Library' } });
    expect(stale.statusCode).toBe(409);
  });

  it('names the bad fields', async () => {
    const { cycleId, session } = await startCycle();
    const bad = await t.app.inject({
      method: 'PATCH',
      url: url(cycleId, session.id),
      headers: planner.auth,
      payload: { version: session.version, meetingLink: 'not a link', startTime: '25:00', agenda: [{ title: 'ok' }, { title: '' }], decisions: [{ text: 'x', method: 'coin_toss' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/agenda/1/title', '/decisions/0/method', '/meetingLink', '/startTime']);
    const noVersion = await t.app.inject({ method: 'PATCH', url: url(cycleId, session.id), headers: planner.auth, payload: { place: 'x' } });
    expect(json(noVersion).error.details).toEqual([{ path: '/version', message: 'is required', code: 'required' }]);
  });

  it('takes attendance from the roster only, and keeps the history of the cycle', async () => {
    const { cycleId, sessions } = await startCycle();
    const [a, b, c] = [await seat(cycleId, 'Ana'), await seat(cycleId, 'Ben'), await seat(cycleId, 'Cy')];
    const other = await startCycle();
    const stranger = await seat(other.cycleId, 'Stranger');
    const [s1, s2] = [sessions[0]!, sessions[1]!];

    const record = json(await t.app.inject({ method: 'GET', url: url(cycleId, s1.id), headers: viewer.auth }));
    expect(record.attendance.map((r: { name: string; status: null }) => [r.name, r.status])).toEqual([['Ana', null], ['Ben', null], ['Cy', null]]);

    const take = (sessionId: string, records: object[], headers = planner.auth) => t.app.inject({ method: 'PUT', url: url(cycleId, sessionId, 'attendance'), headers, payload: { records } });
    const taken = await take(s1.id, [{ committeeMemberId: a, status: 'present' }, { committeeMemberId: b, status: 'excused' }]);
    expect(taken.statusCode).toBe(200);
    expect(json(taken).attendance.map((r: { status: string | null }) => r.status)).toEqual(['present', 'excused', null]);
    await take(s1.id, [{ committeeMemberId: c, status: 'absent' }]);
    await take(s2.id, [{ committeeMemberId: a, status: 'present' }, { committeeMemberId: b, status: 'present' }]);
    expect(await auditActions(s1.id)).toContain('session.attendance_taken');

    const refused = await take(s1.id, [{ committeeMemberId: a, status: 'present' }, { committeeMemberId: stranger, status: 'present' }]);
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details).toEqual([{ path: '/records/1/committeeMemberId', message: "is not on this cycle's steering committee", code: 'not_on_committee' }]);
    const badStatus = await take(s1.id, [{ committeeMemberId: a, status: 'late' }]);
    expect(json(badStatus).error.details.map((d: { path: string }) => d.path)).toEqual(['/records/0/status']);
    expect((await take(s1.id, [{ committeeMemberId: a, status: 'absent' }], viewer.auth)).statusCode).toBe(403);

    const history = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/attendance`, headers: viewer.auth }));
    expect(history.sessions).toEqual([
      { id: s1.id, name: expect.any(String), sessionDate: s1.date },
      { id: s2.id, name: expect.any(String), sessionDate: s2.date },
    ]);
    expect(history.members).toEqual([
      { committeeMemberId: a, present: 2, recorded: 2, records: [{ sessionId: s1.id, status: 'present' }, { sessionId: s2.id, status: 'present' }] },
      { committeeMemberId: b, present: 1, recorded: 2, records: [{ sessionId: s1.id, status: 'excused' }, { sessionId: s2.id, status: 'present' }] },
      { committeeMemberId: c, present: 0, recorded: 1, records: [{ sessionId: s1.id, status: 'absent' }] },
    ]);
  });

  it('lets viewers read but not write, and hides the session from other districts', async () => {
    const { cycleId, session } = await startCycle();
    expect((await t.app.inject({ method: 'PATCH', url: url(cycleId, session.id), headers: viewer.auth, payload: { version: 1, place: 'x' } })).statusCode).toBe(403);
    for (const rest of ['record', 'agenda.pdf', 'minutes.pdf']) {
      expect((await t.app.inject({ method: 'GET', url: url(cycleId, session.id, rest), headers: otherAdmin.auth })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/attendance`, headers: otherAdmin.auth })).statusCode).toBe(404);
    // A session of another cycle of the same district is not found under this cycle.
    const other = await startCycle();
    expect((await t.app.inject({ method: 'GET', url: url(cycleId, other.session.id), headers: viewer.auth })).statusCode).toBe(404);
  });
});

describe.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('agenda and minutes as PDF (needs Chromium)', () => {
  it('prints both', async () => {
    const { cycleId, session } = await startCycle();
    const ana = await seat(cycleId, 'Ana <script>');
    await t.app.inject({ method: 'PUT', url: url(cycleId, session.id, 'attendance'), headers: planner.auth, payload: { records: [{ committeeMemberId: ana, status: 'present' }] } });
    for (const rest of ['agenda.pdf', 'minutes.pdf']) {
      const res = await t.app.inject({ method: 'GET', url: url(cycleId, session.id, rest), headers: viewer.auth });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.headers['content-disposition']).toContain('.pdf');
    }
  }, 60_000);
});
