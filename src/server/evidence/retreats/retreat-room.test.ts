import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retreatApi, retreatScenario } from '../../testing/retreat-test-kit.js';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';

let t: TestApp;
let api: ReturnType<typeof retreatApi>;
let s: Awaited<ReturnType<typeof retreatScenario>>;
let retreat: { id: string; join_code: string };
let chartId: string;
beforeAll(async () => {
  t = await createTestApp();
  api = retreatApi(t);
  s = await retreatScenario(t, 'Room District');
  retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[0], title: 'Room retreat', dots_per_person: 4 });
  chartId = api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/charts`, s.planner.auth, { question: 'What do you see?', metric: 'ela_proficient', view: { by: 'school' } }), 201).id;
});
afterAll(() => t.close());

const room = (rest = '') => `/api/public/retreats/${retreat.join_code}${rest}`;

describe('the room: phones by the join code', () => {
  it('takes observations from two guests and a member, and hides what the facilitator hides', async () => {
    const ana = await api.guest(retreat.join_code, 'Ana');
    // A code typed in lower case finds the room; the phone's cookie is named by the code itself.
    const joined = await api.call('POST', `/api/public/retreats/${retreat.join_code.toLowerCase()}/participants`, {}, { display_name: 'Ben' });
    expect(joined.status).toBe(201);
    const cookie = joined.cookies.find((c) => c.name === `wm_retreat_${retreat.join_code}`)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/public/retreats' });
    const ben = { cookie: `${cookie.name}=${cookie.value}` };
    // The same phone joining again is the same participant.
    const again = await api.call('POST', room('/participants'), ana, { display_name: 'Ana again' });
    expect(again.status).toBe(200);
    expect(again.body.participant.display_name).toBe('Ana');

    const post = (headers: Record<string, string>, body: string, kind = 'notice') => api.call('POST', room('/observations'), headers, { chart_id: chartId, kind, body });
    expect((await post(ana, 'Cedar High leads')).status).toBe(201);
    const offTopic = api.expectStatus(await post(ben, 'Names a student'), 201);
    expect((await post(ben, 'Why is Alder behind?', 'wonder')).status).toBe(201);
    // A signed-in member takes part as themselves (participant made on first use).
    const session = await signInAs(t.app, s.viewer.email, TEST_PASSWORD);
    const mine = await api.call('POST', room('/observations'), session.headers, { chart_id: chartId, kind: 'wonder', body: 'What about attendance?' });
    expect(mine.status).toBe(201);
    // Joining without a name, the member is themselves (the participant their first write made).
    const member = await api.call('POST', room('/participants'), session.headers, {});
    expect(member.status).toBe(200);
    expect(member.body.participant.display_name).toBe('Vic Viewer');
    expect(member.cookies).toEqual([]);
    // A session's write without its CSRF token is not the member's: without a device cookie it is refused.
    expect((await api.call('POST', room('/observations'), { cookie: session.cookie }, { chart_id: chartId, kind: 'notice', body: 'Forged' })).status).toBe(401);
    expect((await api.call('POST', `/api/retreats/${retreat.id}/observations`, s.planner.auth, { chart_id: chartId, kind: 'notice', body: 'From the app' })).status).toBe(201);

    // Hidden by the facilitator: out of the room, flagged for the team.
    expect((await api.call('PUT', `/api/retreats/${retreat.id}/observations/${offTopic.id}`, s.viewer.auth, { is_hidden: true })).status).toBe(403);
    const hidden = api.expectStatus(await api.call('PUT', `/api/retreats/${retreat.id}/observations/${offTopic.id}`, s.planner.auth, { is_hidden: true }), 200);
    expect(hidden).toMatchObject({ is_hidden: true, author: 'Ben' });

    const state = api.expectStatus(await api.call('GET', room(), ana), 200);
    expect(state.me).toMatchObject({ display_name: 'Ana' });
    expect(state.charts[0].data.cells).toHaveLength(3);
    const bodies = state.charts[0].observations.map((o: { body: string; is_mine: boolean }) => [o.body, o.is_mine]);
    expect(bodies).toEqual([
      ['Cedar High leads', true],
      ['Why is Alder behind?', false],
      ['What about attendance?', false],
      ['From the app', false],
    ]);
    expect(JSON.stringify(state)).not.toContain('Names a student');
    // Polling without the charts' data.
    const light = api.expectStatus(await api.call('GET', room('?chart_data=false'), ben), 200);
    expect(light.charts[0]).not.toHaveProperty('data');
    expect(light.charts[0].observations).toHaveLength(4);

    const board = await api.board(retreat.id, s.planner.auth);
    expect(board.participants).toBe(4);
    expect(board.charts[0].observations.map((o: { author: string; is_hidden: boolean }) => [o.author, o.is_hidden])).toEqual([
      ['Ana', false],
      ['Ben', true],
      ['Ben', false],
      ['Vic Viewer', false],
      ['Pat Planner', false],
    ]);
    // Observations are the room's record: no audit rows; hiding is the team's write: one.
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', s.organizationId).where('action', 'like', 'evidence.retreat_observation%').execute();
    expect(actions.map((a) => a.action)).toEqual(['evidence.retreat_observation_hidden']);
  });

  it('hides who voted, and shows each phone its own dots', async () => {
    const cara = await api.guest(retreat.join_code, 'Cara');
    const dev = await api.guest(retreat.join_code, 'Dev');
    const item = api.expectStatus(await api.call('POST', room('/swot'), cara, { quadrant: 'weakness', text: 'Alder lags in reading' }), 201);
    expect(item).toMatchObject({ quadrant: 'weakness', dots: 0, my_dots: 0 });
    expect(api.expectStatus(await api.call('PUT', room(`/swot/${item.id}/dots`), cara, { dots: 3 }), 200)).toMatchObject({ dots: 3, total: 3, dots_left: 1 });
    expect(api.expectStatus(await api.call('PUT', room(`/swot/${item.id}/dots`), dev, { dots: 2 }), 200)).toMatchObject({ dots: 2, total: 5, dots_left: 2 });
    const state = api.expectStatus(await api.call('GET', room('?chart_data=false'), dev), 200);
    expect(state.swot).toEqual([{ id: item.id, quadrant: 'weakness', text: 'Alder lags in reading', area: null, dots: 5, rank: 1, is_tied: false, my_dots: 2 }]);
    expect(state.dots_left).toBe(2);
    expect(state.me.display_name).toBe('Dev');
    const text = JSON.stringify({ ...state, me: null });
    for (const name of ['Cara', 'Dev', 'Ana', 'Ben']) expect(text).not.toContain(name);
    // An anonymous phone sees totals only.
    const anonymous = api.expectStatus(await api.call('GET', room('?chart_data=false')), 200);
    expect(anonymous.me).toBeNull();
    expect(anonymous.swot[0]).toMatchObject({ dots: 5, my_dots: 0 });
    expect(anonymous.dots_left).toBe(4);
  });

  it('refuses writes from a phone that has not joined, unknown codes, and every write once closed', async () => {
    const stranger = await api.call('POST', room('/observations'), {}, { chart_id: chartId, kind: 'notice', body: 'Hi' });
    expect(stranger.status).toBe(401);
    expect(stranger.body.error.message).toMatch(/join/i);
    expect((await api.call('POST', room('/observations'), { cookie: `wm_retreat_${retreat.join_code}=forged` }, { chart_id: chartId, kind: 'notice', body: 'Hi' })).status).toBe(401);
    expect((await api.call('GET', '/api/public/retreats/ZZZZZZ')).status).toBe(404);
    expect((await api.call('GET', '/api/public/retreats/nope')).status).toBe(404);
    const noName = await api.call('POST', room('/participants'), {}, {});
    expect(noName.status).toBe(400);
    expect(noName.body.error.details[0]).toMatchObject({ path: '/display_name', code: 'required' });
    const badKind = await api.call('POST', room('/observations'), await api.guest(retreat.join_code, 'Eve'), { chart_id: chartId, kind: 'shout', body: 'Hi' });
    expect(badKind.body.error.details[0].path).toBe('/kind');

    const eve = await api.guest(retreat.join_code, 'Eve 2');
    const item = api.expectStatus(await api.call('POST', room('/swot'), eve, { quadrant: 'threat', text: 'Budget cuts' }), 201);
    const { version } = (await api.board(retreat.id, s.planner.auth)).retreat;
    api.expectStatus(await api.call('PUT', `/api/retreats/${retreat.id}`, s.planner.auth, { status: 'closed', version }), 200);
    const writes: Array<['POST' | 'PUT', string, object]> = [
      ['POST', room('/participants'), { display_name: 'Late' }],
      ['POST', room('/observations'), { chart_id: chartId, kind: 'notice', body: 'Late' }],
      ['POST', room('/swot'), { quadrant: 'strength', text: 'Late' }],
      ['PUT', room(`/swot/${item.id}/dots`), { dots: 1 }],
    ];
    for (const [method, url, body] of writes) {
      const res = await api.call(method, url, eve, body);
      expect(res.status, url).toBe(403);
      expect(res.body.error.message).toMatch(/closed/);
    }
    const state = api.expectStatus(await api.call('GET', room('?chart_data=false'), eve), 200);
    expect(state.retreat.status).toBe('closed');
    expect(state.swot.find((i: { id: string }) => i.id === item.id).dots).toBe(0);
  });
});
