import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { renderMinutesHtml } from './render-session-html.js';
import { listMyTasks } from './list-my-tasks.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let contributor: Person;
let colleague: Person;
let viewer: Person;
let cycleId: string;
let sessionId: string;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Cam Contributor' });
  colleague = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Col League' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const started = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'louisiana-strong-school-systems', name: 'PV 2030', startDate: '2026-09-01' } });
  cycleId = json(started).id;
  sessionId = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}`, headers: planner.auth })).sessions[0].id;
});
afterAll(() => t.close());

const tasksUrl = (taskId?: string) => `/api/cycles/${cycleId}/sessions/${sessionId}/tasks${taskId ? `/${taskId}` : ''}`;
const add = (payload: object, headers = planner.auth) => t.app.inject({ method: 'POST', url: tasksUrl(), headers, payload });
const change = (task: { id: string; version: number }, payload: object, headers: Record<string, string>) => t.app.inject({ method: 'PATCH', url: tasksUrl(task.id), headers, payload: { version: task.version, ...payload } });
const myTasks = async (person: Person) => json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/my-tasks`, headers: person.auth }));

describe('follow-up tasks', () => {
  it('are added by planners with an owner from the district and a due date', async () => {
    const res = await add({ title: 'Send the survey', ownerId: contributor.id, dueDate: '2026-10-01' });
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ title: 'Send the survey', ownerId: contributor.id, ownerName: 'Cam Contributor', dueDate: '2026-10-01', status: 'open', doneAt: null, version: 1 });
    const record = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/sessions/${sessionId}/record`, headers: viewer.auth }));
    expect(record.tasks.map((task: { title: string }) => task.title)).toContain('Send the survey');

    const stranger = await t.factories.user();
    expect(json(await add({ title: 'x', ownerId: stranger.id, dueDate: '2026-10-01' })).error.details).toEqual([{ path: '/ownerId', message: 'is not a member of this district', code: 'not_a_member' }]);
    const bad = await add({ title: ' ', ownerId: 'nope', dueDate: '2026-13-45' });
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/dueDate', '/ownerId', '/title']);
    expect((await add({ title: 'x', ownerId: contributor.id, dueDate: '2026-10-01' }, viewer.auth)).statusCode).toBe(403);
    expect((await add({ title: 'x', ownerId: contributor.id, dueDate: '2026-10-01' }, contributor.auth)).statusCode).toBe(403);
  });

  it('can be closed by their owner, a contributor, and by nobody else below planner', async () => {
    const task = json(await add({ title: 'Book the library', ownerId: contributor.id, dueDate: '2026-09-20' }));
    expect((await change(task, { status: 'done' }, colleague.auth)).statusCode).toBe(403);
    expect((await change(task, { title: 'Renamed' }, contributor.auth)).statusCode).toBe(403);
    expect((await change(task, { status: 'done' }, viewer.auth)).statusCode).toBe(403);
    const done = await change(task, { status: 'done' }, contributor.auth);
    expect(done.statusCode).toBe(200);
    expect(json(done)).toMatchObject({ status: 'done', version: 2 });
    expect(json(done).doneAt).toMatch(/^\d{4}-/);
    const stale = await change(task, { status: 'open' }, contributor.auth);
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.status).toBe('done');
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', task.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['session.task_added', 'session.task_done']);
  });

  it('are changed and removed by planners', async () => {
    const task = json(await add({ title: 'Draft letter', ownerId: contributor.id, dueDate: '2026-09-20' }));
    const changed = json(await change(task, { title: 'Draft the letter', ownerId: colleague.id, dueDate: '2026-09-25' }, planner.auth));
    expect(changed).toMatchObject({ title: 'Draft the letter', ownerId: colleague.id, ownerName: 'Col League', dueDate: '2026-09-25' });
    expect(json(await change(changed, { ownerId: (await t.factories.user()).id }, planner.auth)).error.details[0].path).toBe('/ownerId');
    expect((await t.app.inject({ method: 'DELETE', url: tasksUrl(task.id), headers: contributor.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: tasksUrl(task.id), headers: planner.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: tasksUrl(task.id), headers: planner.auth })).statusCode).toBe(404);
  });

  it('are not reachable from another district', async () => {
    const task = json(await add({ title: 'Private', ownerId: contributor.id, dueDate: '2026-09-20' }));
    const other = await t.factories.organization();
    const outsider = await t.factories.user({ organizationId: other.id, role: 'administrator' });
    expect((await change(task, { status: 'done' }, outsider.auth)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/my-tasks`, headers: outsider.auth })).statusCode).toBe(404);
  });
});

describe("the owners' task list", () => {
  it("lists only the caller's tasks and unfinished deliverables, soonest first, with overdue flagged", async () => {
    const cycle = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}`, headers: planner.auth }));
    const [d1, d2] = cycle.deliverables;
    await t.app.inject({ method: 'PATCH', url: `/api/cycles/${cycleId}/deliverables/${d1.id}`, headers: planner.auth, payload: { version: d1.version, changes: { ownerId: colleague.id } } });
    const owned = json(await t.app.inject({ method: 'PATCH', url: `/api/cycles/${cycleId}/deliverables/${d2.id}`, headers: planner.auth, payload: { version: d2.version, changes: { ownerId: colleague.id } } }));
    await t.ctx.db.updateTable('cycle_deliverables').set({ status: 'complete' }).where('id', '=', owned.id).execute();
    await add({ title: 'Late one', ownerId: colleague.id, dueDate: '2020-01-01' });
    await add({ title: 'Someone else', ownerId: planner.id, dueDate: '2020-01-01' });

    const mine = await myTasks(colleague);
    const titles = mine.items.map((i: { title: string }) => i.title);
    expect(titles).toContain('Late one');
    expect(titles).toContain(d1.name);
    expect(titles).not.toContain(d2.name);
    expect(titles).not.toContain('Someone else');
    expect(mine.items[0]).toMatchObject({ kind: 'task', title: 'Late one', isOverdue: true, cycleId, cycleName: 'PV 2030', sessionId });
    const dates = mine.items.map((i: { dueDate: string }) => i.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(mine.items.find((i: { kind: string }) => i.kind === 'deliverable')).toMatchObject({ id: d1.id, sessionId: null, status: 'not_started' });
    const all = await listMyTasks({ db: t.ctx.db, organizationId: districtId, userId: colleague.id, today: '2000-01-01' });
    expect(all.items.every((i) => !i.isOverdue)).toBe(true);
  });
});

describe('printed minutes', () => {
  it('escape what the district wrote', () => {
    const html = renderMinutesHtml({
      districtName: 'A & B',
      cycleName: '<b>Cycle</b>',
      locale: 'en',
      record: {
        session: { id: 'x', cycleId: 'x', phaseId: 'x', phaseName: 'P', name: '<script>alert(1)</script>', format: 'meeting', audience: null, date: '2026-09-01', lengthMinutes: 90, purpose: null, outcomes: [], version: 1 },
        place: null,
        meetingLink: null,
        startTime: null,
        agenda: [],
        agendaFromTemplate: false,
        minutes: 'Said "<hi>"',
        decisions: [{ text: 'Go', method: 'consensus' }],
        attendance: [{ committeeMemberId: 'x', name: 'Ana', userId: null, committeeRole: 'member', constituency: 'community', status: 'present' }],
        tasks: [],
        updatedAt: null,
      },
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B · &lt;b&gt;Cycle&lt;/b&gt;');
    expect(html).toContain('Said &quot;&lt;hi&gt;&quot;');
    expect(html).toContain('<dt>Present</dt><dd>Ana</dd>');
    expect(html).toContain('Go <span class="muted">(by consensus)</span>');
  });
});
