import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import { retreatApi, retreatScenario } from '../../testing/retreat-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof retreatApi>;
let s: Awaited<ReturnType<typeof retreatScenario>>;
beforeAll(async () => {
  t = await createTestApp();
  api = retreatApi(t);
  s = await retreatScenario(t, 'Board District');
});
afterAll(() => t.close());

type Headers = Record<string, string>;
let sessionIndex = 0;
async function newRetreat(body: object = {}) {
  const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[sessionIndex++], title: 'Board', ...body });
  const room = (rest = '') => `/api/public/retreats/${retreat.join_code}${rest}`;
  const addItem = async (headers: Headers, quadrant: string, text: string, extra: object = {}) => api.expectStatus(await api.call('POST', room('/swot'), headers, { quadrant, text, ...extra }), 201);
  const dots = (headers: Headers, itemId: string, count: number) => api.call('PUT', room(`/swot/${itemId}/dots`), headers, { dots: count });
  return { retreat, room, addItem, dots };
}

describe('the SWOT board and its dots', () => {
  it('keeps items by quadrant in order, with citations of the retreat only, and areas of its frame', async () => {
    const { retreat, addItem } = await newRetreat({ frame: 'performance_fact' });
    const chart = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/charts`, s.planner.auth, { question: 'Q?', metric: 'ela_proficient', view: { by: 'school' }, area: 'achievement_growth' }), 201);
    const guest = await api.guest(retreat.join_code, 'Gia');
    await addItem(guest, 'strength', 'Cedar reads well', { area: 'achievement_growth', citations: [{ kind: 'chart', chart_id: chart.id }] });
    await addItem(guest, 'strength', 'Teachers trust each other', { area: 'trust' });
    await addItem(guest, 'threat', 'Enrollment falls', { citations: [{ kind: 'evidence', text: 'Families said so', link: { kind: 'survey_result', survey_id: '00000000-0000-4000-8000-000000000001', question_key: 'q1' } }] });
    const bad: Array<[object, string]> = [
      [{ quadrant: 'middle', text: 'x' }, '/quadrant'],
      [{ quadrant: 'strength', text: ' ' }, '/text'],
      [{ quadrant: 'strength', text: 'x', area: 'joy' }, '/area'],
      [{ quadrant: 'strength', text: 'x', citations: [{ kind: 'chart', chart_id: '00000000-0000-4000-8000-000000000000' }] }, '/citations/0/chart_id'],
      [{ quadrant: 'strength', text: 'x', citations: [{ kind: 'observation', observation_id: 'nope' }] }, '/citations/0/observation_id'],
    ];
    for (const [body, path] of bad) {
      const res = await api.call('POST', `/api/public/retreats/${retreat.join_code}/swot`, guest, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
    const board = await api.board(retreat.id, s.planner.auth);
    expect(board.swot.strength.map((i: { text: string; position: number; author: string }) => [i.text, i.position, i.author])).toEqual([
      ['Cedar reads well', 0, 'Gia'],
      ['Teachers trust each other', 1, 'Gia'],
    ]);
    expect(board.swot.threat[0].citations[0]).toMatchObject({ kind: 'evidence', text: 'Families said so' });
    expect(board.swot.weakness).toEqual([]);

    // The facilitator moves an item to another quadrant; a stale version is 409; removing gives its dots back.
    const item = board.swot.strength[1];
    const moved = api.expectStatus(await api.call('PUT', `/api/retreats/${retreat.id}/swot/${item.id}`, s.planner.auth, { quadrant: 'opportunity', version: item.version }), 200);
    expect(moved).toMatchObject({ quadrant: 'opportunity', position: 0, text: 'Teachers trust each other', version: 2 });
    expect((await api.call('PUT', `/api/retreats/${retreat.id}/swot/${item.id}`, s.planner.auth, { text: 'Old', version: 1 })).status).toBe(409);
    expect((await api.call('PUT', `/api/retreats/${retreat.id}/swot/${item.id}`, s.viewer.auth, { text: 'Mine', version: 2 })).status).toBe(403);
    expect((await api.call('DELETE', `/api/retreats/${retreat.id}/swot/${item.id}`, s.planner.auth)).status).toBe(204);
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', item.id).execute();
    expect(actions.map((a) => a.action)).toEqual(['evidence.swot_item_updated', 'evidence.swot_item_removed']);
  });

  it('spends dots within the allowance, refuses more with the number left, and lets dots move', async () => {
    const { retreat, addItem, dots } = await newRetreat({ dots_per_person: 5 });
    const guest = await api.guest(retreat.join_code, 'Hal');
    const a = await addItem(guest, 'weakness', 'Math scores fall');
    const b = await addItem(guest, 'threat', 'Teacher turnover');
    expect(api.expectStatus(await dots(guest, a.id, 3), 200)).toMatchObject({ dots: 3, dots_left: 2 });
    expect(api.expectStatus(await dots(guest, b.id, 2), 200)).toMatchObject({ dots: 2, dots_left: 0 });
    const over = await dots(guest, b.id, 3);
    expect(over.status).toBe(400);
    expect(over.body.error.details[0]).toMatchObject({ path: '/dots', code: 'too_big', params: { maximum: 2, left: 0 } });
    // Taking dots off one item frees them for another; setting the same again changes nothing.
    expect(api.expectStatus(await dots(guest, a.id, 1), 200)).toMatchObject({ dots_left: 2 });
    expect(api.expectStatus(await dots(guest, b.id, 4), 200)).toMatchObject({ dots: 4, dots_left: 0 });
    expect(api.expectStatus(await dots(guest, b.id, 4), 200)).toMatchObject({ dots: 4, total: 4, dots_left: 0 });
    expect(api.expectStatus(await dots(guest, a.id, 0), 200)).toMatchObject({ dots: 0, dots_left: 1 });
    expect((await dots(guest, a.id, -1)).body.error.details[0].path).toBe('/dots');
    expect((await dots(guest, '00000000-0000-4000-8000-000000000000', 1)).status).toBe(404);
    // A member spends their own allowance from the app.
    const fromApp = api.expectStatus(await api.call('PUT', `/api/retreats/${retreat.id}/swot/${a.id}/dots`, s.viewer.auth, { dots: 5 }), 200);
    expect(fromApp).toMatchObject({ dots: 5, total: 5, dots_left: 0 });
    const board = await api.board(retreat.id, s.viewer.auth);
    expect(board.my_dots).toEqual({ allowance: 5, used: 5, left: 0 });
    expect(board.swot.weakness[0]).toMatchObject({ dots: 5, my_dots: 5, rank: 1 });
    expect(board.swot.threat[0]).toMatchObject({ dots: 4, my_dots: 0, rank: 2 });
    // Votes are the room's record: no audit rows.
    const audited = await t.ctx.db.selectFrom('audit_events').select('action').where('action', 'like', '%dot%').execute();
    expect(audited).toEqual([]);
  });

  it('never lets two requests at once overspend a person’s dots', async () => {
    const { retreat, addItem, dots } = await newRetreat({ dots_per_person: 3 });
    const guest = await api.guest(retreat.join_code, 'Ivy');
    const items = [];
    for (const text of ['One', 'Two', 'Three', 'Four', 'Five', 'Six']) items.push(await addItem(guest, 'weakness', text));
    // Six phones' taps at once, two dots each, against an allowance of three: only one fits.
    const answers = await Promise.all(items.map((item) => dots(guest, item.id, 2)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(5);
    const spent = await t.ctx.db.selectFrom('swot_dots').select((eb) => eb.fn.sum<number>('dots').as('n')).where('retreat_id', '=', retreat.id).executeTakeFirstOrThrow();
    expect(Number(spent.n)).toBe(2);
    // One dot each on the rest, at once: exactly one more fits.
    const ones = await Promise.all(items.map((item) => dots(guest, item.id, 1)));
    const held = await t.ctx.db.selectFrom('swot_dots').select((eb) => eb.fn.sum<number>('dots').as('n')).where('retreat_id', '=', retreat.id).executeTakeFirstOrThrow();
    expect(Number(held.n)).toBeLessThanOrEqual(3);
    expect(ones.some((answer) => answer.status === 200)).toBe(true);
  });
});

describe('priorities carried forward and their gap analysis', () => {
  it('carries the top three forward with a tie, in rank order, once', async () => {
    const { retreat, addItem, dots } = await newRetreat({ dots_per_person: 10 });
    const guest = await api.guest(retreat.join_code, 'Jo');
    const reading = await addItem(guest, 'weakness', 'Reading below grade level', { citations: [{ kind: 'evidence', text: 'State test' }] });
    const attendance = await addItem(guest, 'weakness', 'Chronic absence');
    const staff = await addItem(guest, 'threat', 'Staff turnover');
    const families = await addItem(guest, 'opportunity', 'Families want to help');
    const none = await addItem(guest, 'strength', 'New building');
    for (const [item, count] of [[reading, 4], [attendance, 3], [staff, 1], [families, 1]] as const) api.expectStatus(await dots(guest, item.id, count), 200);
    const carried = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { count: 3 }), 201);
    // Staff and families tie for third: both come, in the board's order (weakness, opportunity, threat).
    expect(carried.priorities.map((p: { title: string; dots: number; position: number }) => [p.title, p.dots, p.position])).toEqual([
      ['Reading below grade level', 4, 0],
      ['Chronic absence', 3, 1],
      ['Families want to help', 1, 2],
      ['Staff turnover', 1, 3],
    ]);
    expect(carried.added).toHaveLength(4);
    expect(carried.priorities[0].current_evidence).toEqual([{ kind: 'evidence', text: 'State test' }]);
    expect(carried.priorities.map((p: { swot_item_id: string }) => p.swot_item_id)).not.toContain(none.id);
    // Idempotent: asking again adds nothing; one by hand and one of the team's own follow.
    const again = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { count: 5 }), 201);
    expect(again.added).toEqual([]);
    expect(again.priorities).toHaveLength(4);
    const byHand = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { swot_item_id: none.id }), 201);
    expect(byHand.priorities.at(-1)).toMatchObject({ title: 'New building', dots: 0, position: 4 });
    const own = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { title: 'Middle school math' }), 201);
    expect(own.priorities.at(-1)).toMatchObject({ title: 'Middle school math', swot_item_id: null });
    const board = await api.board(retreat.id, s.viewer.auth);
    expect(board.swot.weakness.map((i: { is_carried_forward: boolean; rank: number; is_tied: boolean }) => [i.rank, i.is_tied, i.is_carried_forward])).toEqual([
      [1, false, true],
      [2, false, true],
    ]);
    for (const [body, path] of [[{}, '/count'], [{ count: 2, title: 'Both' }, '/title'], [{ count: 0 }, '/count'], [{ swot_item_id: '00000000-0000-4000-8000-000000000000' }, '/swot_item_id']] as const) {
      const res = await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details[0].path).toBe(path);
    }
    const ids = own.priorities.map((p: { id: string }) => p.id);
    expect((await api.call('PUT', `/api/retreats/${retreat.id}/priorities/order`, s.planner.auth, { priority_ids: [...ids].reverse() })).status).toBe(204);
    expect((await api.board(retreat.id, s.planner.auth)).priorities[0].title).toBe('Middle school math');
    expect((await api.call('DELETE', `/api/retreats/${retreat.id}/priorities/${ids[5]}`, s.planner.auth)).status).toBe(204);
    expect((await api.board(retreat.id, s.planner.auth)).priorities).toHaveLength(5);
  });

  it('writes a gap analysis with five whys, then a fishbone, and a goal of the cycle’s plan', async () => {
    const { retreat } = await newRetreat();
    const [priority] = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/priorities`, s.planner.auth, { title: 'Reading' }), 201).priorities;
    const url = `/api/retreats/${retreat.id}/priorities/${priority.id}`;
    const whys = ['Students read below level', 'Too little reading time', 'Schedule crowded', 'No shared priority'];
    const first = api.expectStatus(
      await api.call('PUT', url, s.planner.auth, { current_state: '42% proficient', future_state: '70% by 2030', gap: '28 points', root_causes: whys, case_for_change: 'Every year counts', version: 1 }),
      200,
    );
    expect(first).toMatchObject({ root_cause_method: 'five_whys', root_causes: whys, has_root_causes: true, gap: '28 points', version: 2 });
    const sixWhys = await api.call('PUT', url, s.planner.auth, { root_causes: [...whys, 'a', 'b'], version: 2 });
    expect(sixWhys.status).toBe(400);
    expect(sixWhys.body.error.details[0].path).toBe('/root_causes');
    const emptyWhy = await api.call('PUT', url, s.planner.auth, { root_causes: ['ok', ''], version: 2 });
    expect(emptyWhy.body.error.details[0].path).toBe('/root_causes/1');
    // Switching method: the five whys do not fit a fishbone; its own shape does.
    const mismatch = await api.call('PUT', url, s.planner.auth, { root_cause_method: 'fishbone', version: 2 });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details[0].path).toMatch(/^\/root_causes\/0/);
    const duplicate = await api.call('PUT', url, s.planner.auth, { root_cause_method: 'fishbone', root_causes: [{ category: 'People', causes: [] }, { category: 'people', causes: [] }], version: 2 });
    expect(duplicate.body.error.details[0].path).toBe('/root_causes/1/category');
    const fishbone = [
      { category: 'People', causes: ['New teachers', 'No coaches'] },
      { category: 'Curriculum and instruction', causes: ['Old materials'] },
    ];
    const second = api.expectStatus(await api.call('PUT', url, s.planner.auth, { root_cause_method: 'fishbone', root_causes: fishbone, version: 2 }), 200);
    expect(second).toMatchObject({ root_cause_method: 'fishbone', root_causes: fishbone, has_root_causes: true, current_state: '42% proficient', version: 3 });
    expect((await api.call('PUT', url, s.planner.auth, { gap: 'stale', version: 2 })).status).toBe(409);

    // A goal key needs the cycle's plan, and a goal of it.
    const noPlan = await api.call('PUT', url, s.planner.auth, { goal_key: 'P1', version: 3 });
    expect(noPlan.body.error.details[0]).toMatchObject({ path: '/goal_key', code: 'not_in_this_plan' });
    const planId = await importAdoptedPlan(t, { districtId: s.organizationId, headers: s.planner.auth, document: everyFieldPlan, adopt: false });
    const cycle = api.expectStatus(await api.call('GET', `/api/cycles/${s.cycleId}`, s.planner.auth), 200);
    api.expectStatus(await t.app.inject({ method: 'PATCH', url: `/api/cycles/${s.cycleId}`, headers: s.planner.auth, payload: { version: cycle.version, planId } }).then((res) => ({ status: res.statusCode, body: res.json() })), 200);
    expect((await api.call('PUT', url, s.planner.auth, { goal_key: 'P1.V1', version: 3 })).body.error.details[0].path).toBe('/goal_key');
    const linked = api.expectStatus(await api.call('PUT', url, s.planner.auth, { goal_key: 'P1', version: 3 }), 200);
    expect(linked.goal_key).toBe('P1');
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', priority.id).execute();
    expect(actions.map((a) => a.action)).toEqual(['evidence.retreat_priority_updated', 'evidence.retreat_priority_updated', 'evidence.retreat_priority_updated']);
  });
});
