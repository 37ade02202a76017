import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retreatApi, retreatScenario } from '../../testing/retreat-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof retreatApi>;
let s: Awaited<ReturnType<typeof retreatScenario>>;
beforeAll(async () => {
  t = await createTestApp();
  api = retreatApi(t);
  s = await retreatScenario(t, 'Prairie View');
});
afterAll(() => t.close());

const auditActions = async (entityId: string) =>
  (await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', s.organizationId).where('entity_id', '=', entityId).orderBy('id').execute()).map((row) => row.action);

describe('data retreats, the team’s side', () => {
  it('makes a retreat on a session of the cycle with a join code, one per session, and lists it', async () => {
    const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[0], title: ' Fall data retreat ', dots_per_person: 3, frame: 'performance_fact' });
    expect(retreat).toMatchObject({ cycle_id: s.cycleId, session_id: s.sessionIds[0], title: 'Fall data retreat', dots_per_person: 3, frame: 'performance_fact', status: 'open', version: 1 });
    expect(retreat.join_code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(retreat.join_url).toBe(`http://waymark.test/r/${retreat.join_code}`);
    expect(await auditActions(retreat.id)).toEqual(['evidence.retreat_created']);

    const again = await api.call('POST', `/api/cycles/${s.cycleId}/retreats`, s.planner.auth, { session_id: s.sessionIds[0], title: 'Twice' });
    expect(again.status).toBe(400);
    expect(again.body.error.details[0]).toMatchObject({ path: '/session_id', code: 'already_used' });

    const list = api.expectStatus(await api.call('GET', `/api/cycles/${s.cycleId}/retreats`, s.viewer.auth), 200);
    expect(list.retreats).toHaveLength(1);
    expect(list.retreats[0]).toMatchObject({ id: retreat.id, charts: 0, participants: 0, swot_items: 0, priorities: 0 });
    // A viewer reads but does not make retreats.
    expect((await api.call('POST', `/api/cycles/${s.cycleId}/retreats`, s.viewer.auth, { session_id: s.sessionIds[1], title: 'Mine' })).status).toBe(403);
  });

  it('refuses bad input with a 400 naming the field and stores nothing', async () => {
    const cases: Array<[object, string]> = [
      [{ session_id: s.sessionIds[1], title: '' }, '/title'],
      [{ session_id: s.sessionIds[1], title: 'Retreat', dots_per_person: 0 }, '/dots_per_person'],
      [{ session_id: s.sessionIds[1], title: 'Retreat', dots_per_person: 21 }, '/dots_per_person'],
      [{ session_id: s.sessionIds[1], title: 'Retreat', frame: 'swot' }, '/frame'],
      [{ session_id: 'not-an-id', title: 'Retreat' }, '/session_id'],
      [{ session_id: '00000000-0000-4000-8000-000000000000', title: 'Retreat' }, '/session_id'],
      [{ title: 'Retreat' }, '/session_id'],
    ];
    for (const [body, path] of cases) {
      const res = await api.call('POST', `/api/cycles/${s.cycleId}/retreats`, s.planner.auth, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const count = await t.ctx.db.selectFrom('data_retreats').select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', s.organizationId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('draws charts from the district’s data, protected, and says so when a metric has no data', async () => {
    const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[1], title: 'Charts' });
    const base = `/api/retreats/${retreat.id}/charts`;
    const bySchool = api.expectStatus(await api.call('POST', base, s.planner.auth, { question: 'Which schools read best?', metric: 'ela_proficient', view: { by: 'school', period: '2023-24' } }), 201);
    expect(bySchool.data.by).toBe('school');
    expect(bySchool.data.cells.map((c: { label: string }) => c.label)).toEqual(['Alder Elementary', 'Birch Middle', 'Cedar High']);
    expect(bySchool.data.cells[0]).toMatchObject({ value: 42, n: 100 });
    expect(bySchool.data_problem).toBeNull();
    const overTime = api.expectStatus(await api.call('POST', base, s.planner.auth, { question: 'Are English learners gaining?', metric: 'ela_proficient', view: { by: 'period', group: 'English Learners' } }), 201);
    expect(overTime.data.cells.map((c: { key: string }) => c.key)).toEqual(['2022-23', '2023-24']);
    expect(overTime.position).toBe(1);

    // Bad views name their field; a metric without data is /metric.
    const bad: Array<[object, string]> = [
      [{ question: 'Q', metric: 'attendance', view: { by: 'school' } }, '/metric'],
      [{ question: 'Q', metric: 'ela_proficient', view: { by: 'school', period: '1999-00' } }, '/view/period'],
      [{ question: 'Q', metric: 'ela_proficient', view: { by: 'group', school_id: '00000000-0000-4000-8000-000000000000' } }, '/view/school_id'],
      [{ question: 'Q', metric: 'ela_proficient', view: { by: 'district' } }, '/view/by'],
      [{ question: '', metric: 'ela_proficient', view: { by: 'school' } }, '/question'],
      [{ question: 'Q', metric: 'ela_proficient', view: { by: 'school' }, area: 'trust' }, '/area'],
    ];
    for (const [body, path] of bad) {
      const res = await api.call('POST', base, s.planner.auth, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details[0].path, JSON.stringify(body)).toBe(path);
    }

    // The data goes away (its dataset deleted): the chart stays and says why it is empty.
    const lonely = await t.ctx.db.insertInto('retreat_charts').values({ retreat_id: retreat.id, organization_id: s.organizationId, position: 2, question: 'Attendance?', metric: 'attendance', view: JSON.stringify({ by: 'school' }), area: null }).returning('id').executeTakeFirstOrThrow();
    const board = await api.board(retreat.id, s.viewer.auth);
    expect(board.charts.map((c: { id: string }) => c.id)).toEqual([bySchool.id, overTime.id, lonely.id]);
    expect(board.charts[2]).toMatchObject({ data: null, data_problem: { code: 'no_data' } });

    // Reorder, edit with a stale version, remove.
    expect((await api.call('PUT', `${base}/order`, s.planner.auth, { chart_ids: [overTime.id, bySchool.id, lonely.id] })).status).toBe(204);
    expect((await api.call('PUT', `${base}/order`, s.planner.auth, { chart_ids: [overTime.id, bySchool.id] })).body.error.details[0].path).toBe('/chart_ids');
    const edited = api.expectStatus(await api.call('PUT', `${base}/${bySchool.id}`, s.planner.auth, { question: 'Which schools read best for English learners?', metric: 'ela_proficient', view: { by: 'school', group: 'English Learners' }, version: 1 }), 200);
    expect(edited).toMatchObject({ version: 2, position: 1 });
    expect(edited.data.cells[0]).toMatchObject({ value: 21, n: 30 });
    const stale = await api.call('PUT', `${base}/${bySchool.id}`, s.planner.auth, { question: 'Old', metric: 'ela_proficient', view: { by: 'school' }, version: 1 });
    expect(stale.status).toBe(409);
    expect((await api.call('DELETE', `${base}/${lonely.id}`, s.planner.auth)).status).toBe(204);
    expect(await auditActions(bySchool.id)).toEqual(['evidence.retreat_chart_added', 'evidence.retreat_chart_updated']);
    expect(await auditActions(retreat.id)).toEqual(['evidence.retreat_created', 'evidence.retreat_charts_ordered']);
  });

  it('changes and deletes a retreat with its version and audit rows', async () => {
    const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[2], title: 'To change' });
    const changed = api.expectStatus(await api.call('PUT', `/api/retreats/${retreat.id}`, s.planner.auth, { title: 'Changed', dots_per_person: 7, version: 1 }), 200);
    expect(changed).toMatchObject({ title: 'Changed', dots_per_person: 7, frame: 'none', version: 2, join_code: retreat.join_code });
    const stale = await api.call('PUT', `/api/retreats/${retreat.id}`, s.planner.auth, { status: 'closed', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ title: 'Changed', version: 2 });
    expect((await api.call('PUT', `/api/retreats/${retreat.id}`, s.planner.auth, { status: 'paused', version: 2 })).body.error.details[0].path).toBe('/status');
    expect((await api.call('DELETE', `/api/retreats/${retreat.id}`, s.viewer.auth)).status).toBe(403);
    expect((await api.call('DELETE', `/api/retreats/${retreat.id}`, s.planner.auth)).status).toBe(204);
    expect((await api.call('GET', `/api/retreats/${retreat.id}`, s.planner.auth)).status).toBe(404);
    expect(await auditActions(retreat.id)).toEqual(['evidence.retreat_created', 'evidence.retreat_updated', 'evidence.retreat_deleted']);
  });

  it('answers 404 to another district on every team route, and changes nothing', async () => {
    const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[3], title: 'Private' });
    const chart = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/charts`, s.planner.auth, { question: 'Q?', metric: 'ela_proficient', view: { by: 'school' } }), 201);
    const item = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/swot`, s.planner.auth, { quadrant: 'strength', text: 'Strong readers' }), 201);
    const observation = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/observations`, s.planner.auth, { chart_id: chart.id, kind: 'notice', body: 'Cedar leads' }), 201);
    const { priorities } = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { title: 'Reading' }), 201);
    const r = `/api/retreats/${retreat.id}`;
    const routes: Array<['GET' | 'POST' | 'PUT' | 'DELETE', string, object?]> = [
      ['GET', `/api/cycles/${s.cycleId}/retreats`],
      ['POST', `/api/cycles/${s.cycleId}/retreats`, { session_id: s.sessionIds[4], title: 'Theirs' }],
      ['GET', r],
      ['PUT', r, { title: 'Taken', version: 1 }],
      ['DELETE', r],
      ['POST', `${r}/charts`, { question: 'Q?', metric: 'ela_proficient', view: { by: 'school' } }],
      ['PUT', `${r}/charts/order`, { chart_ids: [chart.id] }],
      ['PUT', `${r}/charts/${chart.id}`, { question: 'Q?', metric: 'ela_proficient', view: { by: 'school' }, version: 1 }],
      ['DELETE', `${r}/charts/${chart.id}`],
      ['POST', `${r}/observations`, { chart_id: chart.id, kind: 'notice', body: 'x' }],
      ['PUT', `${r}/observations/${observation.id}`, { is_hidden: true }],
      ['POST', `${r}/swot`, { quadrant: 'threat', text: 'x' }],
      ['PUT', `${r}/swot/${item.id}`, { text: 'x', version: 1 }],
      ['DELETE', `${r}/swot/${item.id}`],
      ['PUT', `${r}/swot/${item.id}/dots`, { dots: 1 }],
      ['POST', `${r}/priorities`, { count: 3 }],
      ['PUT', `${r}/priorities/order`, { priority_ids: [priorities[0].id] }],
      ['PUT', `${r}/priorities/${priorities[0].id}`, { gap: 'x', version: 1 }],
      ['DELETE', `${r}/priorities/${priorities[0].id}`],
    ];
    for (const [method, url, body] of routes) {
      const res = await api.call(method, url, s.otherAdmin.auth, body);
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Private');
    }
    const board = await api.board(retreat.id, s.planner.auth);
    expect(board.retreat).toMatchObject({ title: 'Private', version: 1 });
    expect(board.charts).toHaveLength(1);
    expect(board.charts[0].observations.map((o: { is_hidden: boolean }) => o.is_hidden)).toEqual([false]);
    expect(board.swot.strength.map((i: { text: string; dots: number }) => [i.text, i.dots])).toEqual([['Strong readers', 0]]);
    expect(board.priorities.map((p: { gap: string }) => p.gap)).toEqual(['']);
  });
});
