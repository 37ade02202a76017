import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planId: string;
let planner: Person;
let contributor: Person;
let viewer: Person;
let outsider: Person;

/**
 * A plan whose data says what a check-in must discuss: one measure off track, one at risk, one on
 * track whose owner owes a monthly update, an action past its due date and one reported at risk.
 */
const document: PlanDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Prairie View Schools', kind: 'district' },
  plan: {
    title: 'Prairie View 2030',
    period: { start: { label: '2021-22' }, end: { label: '2029-30' } },
    goals: [
      {
        key: 'G1',
        title: 'Every child reads',
        measures: [
          { key: 'G1.M1', name: 'Grade 3 reading', unit: 'percent', direction: 'increase', cadence: 'annual', baseline: { period: { label: '2020-21' }, value: 50 }, targets: [{ period: { label: '2023-24' }, value: 80 }], actuals: [{ period: { label: '2021-22' }, value: 49 }] },
          { key: 'G1.M2', name: 'Attendance', unit: 'percent', direction: 'increase', cadence: 'annual', baseline: { period: { label: '2020-21' }, value: 90 }, targets: [{ period: { label: '2023-24' }, value: 96 }], actuals: [{ period: { label: '2021-22' }, value: 91.5 }] },
          { key: 'G1.M3', name: 'Books read', unit: 'count', direction: 'increase', cadence: 'monthly', baseline: { period: { label: '2020-21' }, value: 10 }, targets: [{ period: { label: '2023-24' }, value: 20 }], actuals: [{ period: { label: '2021-22' }, value: 15 }] },
        ],
        strategies: [
          {
            key: 'G1.S1',
            title: 'Tutoring',
            actions: [
              { key: 'G1.S1.A1', title: 'Hire tutors', due: '2022-01-15', status: 'on_track' },
              { key: 'G1.S1.A2', title: 'Train tutors', status: 'at_risk' },
              { key: 'G1.S1.A3', title: 'Buy books', due: '2022-01-01', status: 'complete' },
            ],
          },
        ],
      },
    ],
  },
};

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Cam Contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer', name: 'Vi Viewer' });
  outsider = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'administrator' });
  planId = await importAdoptedPlan(t, { districtId, headers: planner.auth, document, adoptedOn: '2021-06-10' });
  await t.ctx.db.insertInto('element_owners').values({ plan_id: planId, organization_id: districtId, element_key: 'G1.M3', user_id: contributor.id }).execute();
});
afterAll(() => t.close());

const url = (path = '') => `/api/plans/${planId}${path}`;
const create = (payload: object, person: Person = planner) => t.app.inject({ method: 'POST', url: url('/check-ins'), headers: person.auth, payload });
const change = (id: string, payload: object, person: Person = planner) => t.app.inject({ method: 'PATCH', url: url(`/check-ins/${id}`), headers: person.auth, payload });
const list = async (person: Person = viewer) => json(await t.app.inject({ method: 'GET', url: url('/check-ins'), headers: person.auth })).checkIns;
type Item = { key: string; reasons: string[]; isNew: boolean; owner: string | null; goalTitle: string | null; periodLabel: string | null };
const byKey = (agenda: Item[]) => Object.fromEntries(agenda.map((item) => [item.key, item]));

describe('check-ins', () => {
  let first: { id: string; version: number; agenda: Item[] };

  it('open with an agenda built from what is off track, at risk or overdue', async () => {
    const res = await create({ heldOn: '2026-10-05', attendees: [{ userId: contributor.id }, { name: 'Board liaison' }, { userId: contributor.id }] });
    expect(res.statusCode, res.body).toBe(201);
    first = json(res);
    expect(first).toMatchObject({ heldOn: '2026-10-05', sinceOn: null, notes: '', decisions: [], followUps: [], createdBy: 'Pat Planner', version: 1 });
    expect(json(res).attendees).toEqual([{ userId: contributor.id, name: 'Cam Contributor' }, { userId: null, name: 'Board liaison' }]);
    const agenda = byKey(first.agenda);
    expect(agenda['measure:G1.M1']).toMatchObject({ kind: 'measure', title: 'Grade 3 reading', reasons: ['off_track'], status: 'off_track', goalTitle: 'Every child reads', isNew: true });
    expect(agenda['measure:G1.M2']).toMatchObject({ reasons: ['at_risk'] });
    expect(agenda['action:G1.S1.A1']).toMatchObject({ kind: 'action', reasons: ['overdue'], dueOn: '2022-01-15' });
    expect(agenda['action:G1.S1.A2']).toMatchObject({ reasons: ['at_risk'], status: 'at_risk' });
    expect(agenda['measure:G1.M3']).toMatchObject({ reasons: ['update_overdue'], owner: 'Cam Contributor' });
    expect(agenda['measure:G1.M3']!.periodLabel).toMatch(/^\d{4}-\d{2}$/);
    expect(agenda['action:G1.S1.A3']).toBeUndefined();
    expect((await list()).map((c: { id: string }) => c.id)).toEqual([first.id]);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', first.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['check_in.created']);
  });

  it('are held by whoever manages monitoring, with members of the district', async () => {
    expect((await create({ heldOn: '2026-10-05' }, contributor)).statusCode).toBe(403);
    expect((await create({ heldOn: '2026-10-05' }, outsider)).statusCode).toBe(404);
    const stranger = await t.factories.user();
    expect(json(await create({ heldOn: '2026-10-05', attendees: [{ name: 'Ann' }, { userId: stranger.id }] })).error.details).toEqual([{ path: '/attendees/1/userId', message: 'is not a member of this district', code: 'not_a_member' }]);
    const bad = await create({ heldOn: '2026-13-01', attendees: [{}] });
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/attendees/0/name', '/heldOn']);
  });

  it('keep notes, decisions and the agenda as the team ran it; a stale version is 409', async () => {
    const agenda = first.agenda.filter((item) => item.key !== 'action:G1.S1.A2');
    const agendaWithOther = [...agenda, { key: 'other:1', kind: 'other', elementKey: null, goalKey: null, goalTitle: null, title: 'Budget question', reasons: [], status: null, explanation: null, owner: null, periodLabel: null, dueOn: null, isNew: true }];
    const saved = await change(first.id, { version: 1, notes: 'Tutor hiring is stuck on HR.', decisions: [{ text: 'Move tutor funds to Q3' }], agenda: agendaWithOther });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toMatchObject({ notes: 'Tutor hiring is stuck on HR.', decisions: [{ text: 'Move tutor funds to Q3' }], version: 2 });
    expect(json(saved).agenda.at(-1)).toMatchObject({ key: 'other:1', title: 'Budget question' });
    const stale = await change(first.id, { version: 1, notes: 'Mine' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.notes).toBe('Tutor hiring is stuck on HR.');
    expect(json(await change(first.id, { version: 2, decisions: [{ text: '' }] })).error.details).toEqual([{ path: '/decisions/0/text', message: 'is required', code: 'required' }]);
    expect((await change(first.id, { version: 2, notes: 'x' }, contributor)).statusCode).toBe(403);
    first = json(saved);
  });

  let followUp: { id: string; version: number };
  it('give follow-ups to owners, who close their own and see them in their list', async () => {
    const add = (payload: object, person: Person = planner) => t.app.inject({ method: 'POST', url: url(`/check-ins/${first.id}/follow-ups`), headers: person.auth, payload });
    const res = await add({ title: 'Call HR about tutor posting', ownerId: contributor.id, dueDate: '2026-10-20' });
    expect(res.statusCode, res.body).toBe(201);
    followUp = json(res);
    expect(followUp).toMatchObject({ checkInId: first.id, ownerName: 'Cam Contributor', status: 'open', doneAt: null, version: 1 });
    expect(json(await add({ title: 'x', ownerId: (await t.factories.user()).id, dueDate: '2026-10-20' })).error.details).toEqual([{ path: '/ownerId', message: 'is not a member of this district', code: 'not_a_member' }]);
    expect((await add({ title: 'x', ownerId: contributor.id, dueDate: '2026-10-20' }, contributor)).statusCode).toBe(403);

    const mine = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/my-follow-ups`, headers: contributor.auth }));
    expect(mine.items).toEqual([expect.objectContaining({ id: followUp.id, planId, planTitle: 'Prairie View 2030', heldOn: '2026-10-05', dueDate: '2026-10-20' })]);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/my-follow-ups`, headers: viewer.auth })).items).toEqual([]);

    const patchFollowUp = (payload: object, person: Person) => t.app.inject({ method: 'PATCH', url: url(`/follow-ups/${followUp.id}`), headers: person.auth, payload });
    expect((await patchFollowUp({ version: 1, title: 'Mine now' }, contributor)).statusCode).toBe(403);
    expect((await patchFollowUp({ version: 1, status: 'done' }, viewer)).statusCode).toBe(403);
    const other = await t.factories.user({ organizationId: districtId, role: 'contributor' });
    expect((await patchFollowUp({ version: 1, status: 'done' }, other)).statusCode).toBe(403);
    const done = await patchFollowUp({ version: 1, status: 'done' }, contributor);
    expect(json(done)).toMatchObject({ status: 'done', version: 2 });
    expect(json(done).doneAt).toMatch(/^\d{4}-/);
    expect((await patchFollowUp({ version: 1, status: 'open' }, contributor)).statusCode).toBe(409);
    followUp = json(await patchFollowUp({ version: 2, status: 'open', dueDate: '2026-11-01' }, planner));
    expect(followUp).toMatchObject({ status: 'open', dueDate: '2026-11-01', doneAt: null });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', followUp.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['check_in.follow_up_added', 'check_in.follow_up_done', 'check_in.follow_up_changed']);
  });

  it('build the next agenda since the last one: what is new, and follow-ups still open', async () => {
    const res = await create({ heldOn: '2026-11-02', attendees: [] });
    expect(res.statusCode).toBe(201);
    const second = json(res);
    expect(second.sinceOn).toBe('2026-10-05');
    const agenda = byKey(second.agenda);
    // The team removed A2 from the first agenda, so it comes back as new; the rest was discussed.
    expect(agenda['measure:G1.M1']!.isNew).toBe(false);
    expect(agenda['action:G1.S1.A2']!.isNew).toBe(true);
    expect(agenda[`follow_up:${followUp.id}`]).toMatchObject({ kind: 'follow_up', title: 'Call HR about tutor posting', reasons: ['open_follow_up'], owner: 'Cam Contributor', dueOn: '2026-11-01', isNew: true });
    expect(second.agenda.at(-1).kind).toBe('follow_up');
    expect((await list()).map((c: { heldOn: string }) => c.heldOn)).toEqual(['2026-11-02', '2026-10-05']);
  });

  it('are removed with their follow-ups, and not reachable from another district', async () => {
    expect((await change(first.id, { version: first.version, notes: 'x' }, outsider)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url('/check-ins'), headers: outsider.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: url(`/follow-ups/${followUp.id}`), headers: outsider.auth, payload: { version: 3, status: 'done' } })).statusCode).toBe(404);
    const remove = (person: Person) => t.app.inject({ method: 'DELETE', url: url(`/check-ins/${first.id}`), headers: person.auth });
    expect((await remove(contributor)).statusCode).toBe(403);
    expect((await remove(planner)).statusCode).toBe(204);
    expect((await remove(planner)).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('check_in_follow_ups').select('id').where('id', '=', followUp.id).execute()).toEqual([]);
  });
});
