import type { LightMyRequestResponse } from 'fastify';
import { projectRoot } from '../config.js';
import { cliActor } from '../platform/audit/actor.js';
import { startCycle } from '../process/cycles/start-cycle.js';
import { loadTemplates } from '../process/templates/load-templates.js';
import { addSwotItem } from '../evidence/retreats/add-swot-item.js';
import { carryForwardPriorities } from '../evidence/retreats/carry-forward-priorities.js';
import { createRetreat } from '../evidence/retreats/create-retreat.js';
import { postObservation } from '../evidence/retreats/post-observation.js';
import { setSwotDots } from '../evidence/retreats/set-swot-dots.js';
import { addSchools, insertEvidenceDataset } from './evidence-rows-kit.js';
import type { TestApp } from './test-app.js';

type Headers = Record<string, string>;

/**
 * For data retreat tests: a district with a planning cycle (its sessions), three schools and an
 * ELA dataset by school, group and year, and the people a retreat needs (a planner, a viewer, an
 * administrator of another district).
 */
export async function retreatScenario(t: TestApp, name = `Retreat District ${Math.random().toString(36).slice(2, 8)}`) {
  const db = t.ctx.db;
  const district = await t.factories.organization({ name });
  const organizationId = district.id;
  const planner = await t.factories.user({ organizationId, role: 'planner', name: 'Pat Planner' });
  const viewer = await t.factories.user({ organizationId, role: 'viewer', name: 'Vic Viewer' });
  const other = await t.factories.organization({ name: `Elsewhere ${name}` });
  const otherAdmin = await t.factories.user({ organizationId: other.id, role: 'administrator' });
  const template = loadTemplates(`${projectRoot}/templates`).find((candidate) => candidate.id === 'louisiana-strong-school-systems')!;
  const cycle = await startCycle({ db, actor: cliActor, organizationId, template, name: 'Our 2030 plan', startDate: '2026-01-05' });
  const sessions = await db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', cycle.id).orderBy('position').execute();
  const schoolIds = await addSchools(db, organizationId, [{ name: 'Alder Elementary' }, { name: 'Birch Middle' }, { name: 'Cedar High' }]);
  const entities = [
    ...schoolIds.map((schoolId, index) => ({ key: `S${index}`, name: `School ${index}`, status: 'school' as const, schoolId })),
    { key: 'DIST', name: 'District', status: 'district' as const },
  ];
  const rows = ['2022-23', '2023-24'].flatMap((period, year) => [
    ...schoolIds.flatMap((_, index) => [
      { entity: `S${index}`, period, group: 'All Students', value: 40 + index * 10 + year * 2, n: 100 + index * 10 },
      { entity: `S${index}`, period, group: 'English Learners', value: 20 + index * 5 + year, n: 30 },
    ]),
    { entity: 'DIST', period, group: 'All Students', value: 50 + year * 2, n: 330 },
    { entity: 'DIST', period, group: 'English Learners', value: 25 + year, n: 90 },
  ]);
  await insertEvidenceDataset(db, { organizationId, metric: { key: 'ela_proficient', label: 'ELA proficient', unit: 'percent' }, entities, rows });
  return { organizationId, planner, viewer, otherAdmin, cycleId: cycle.id, sessionIds: sessions.map((session) => session.id), schoolIds };
}

/** Calls the retreat API as someone (headers), answering status, body and the response's cookies. */
export function retreatApi(t: TestApp) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers = {}, payload?: object) => {
    const res: LightMyRequestResponse = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    // Bodies are untyped here: the tests' assertions are what check them.
    return { status: res.statusCode, body: (res.body ? res.json() : null) as any, cookies: res.cookies };
  };
  const expectStatus = (res: { status: number; body: unknown }, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as any;
  };
  return {
    call,
    expectStatus,
    async create(cycleId: string, headers: Headers, body: object) {
      return expectStatus(await call('POST', `/api/cycles/${cycleId}/retreats`, headers, body), 201);
    },
    async board(retreatId: string, headers: Headers) {
      return expectStatus(await call('GET', `/api/retreats/${retreatId}`, headers), 200);
    },
    /** Joins the room as a guest; the headers its phone sends afterwards (the device cookie). */
    async guest(code: string, displayName: string): Promise<Headers> {
      const res = await call('POST', `/api/public/retreats/${code}/participants`, {}, { display_name: displayName });
      expectStatus(res, 201);
      const cookie = res.cookies.find((c) => c.name === `wm_retreat_${code}`);
      if (!cookie) throw new Error('the room set no device cookie');
      return { cookie: `${cookie.name}=${cookie.value}` };
    },
  };
}

/**
 * A retreat on a session of a district's cycle with one of everything a route's path can name: a
 * chart (written straight in, so it needs no data), an observation, a SWOT item with a dot and a
 * priority. For the isolation and fuzz suites, which need real ids.
 */
export async function seedRetreat(t: TestApp, options: { organizationId: string; cycleId: string; sessionId: string; userId: string; userName: string }) {
  const db = t.ctx.db;
  const { organizationId } = options;
  const retreat = await createRetreat({ db, actor: cliActor, organizationId, cycleId: options.cycleId, values: { session_id: options.sessionId, title: 'Seeded retreat' } });
  const chart = await db
    .insertInto('retreat_charts')
    .values({ retreat_id: retreat.id, organization_id: organizationId, position: 0, question: 'What do we see?', metric: 'seeded_metric', view: JSON.stringify({ by: 'school' }), area: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const member = { kind: 'member' as const, userId: options.userId, name: options.userName };
  const scope = { db, organizationId, retreatId: retreat.id, contributor: member };
  const observation = await postObservation({ ...scope, values: { chart_id: chart.id, kind: 'notice', body: 'Reading is up' } });
  const item = await addSwotItem({ ...scope, values: { quadrant: 'strength', text: 'Strong readers' } });
  await setSwotDots({ ...scope, itemId: item.id, dots: 1 });
  const { priorities } = await carryForwardPriorities({ db, actor: cliActor, organizationId, retreatId: retreat.id, values: { count: 3 } });
  return { retreatId: retreat.id, joinCode: retreat.join_code, chartId: chart.id, observationId: observation.id, itemId: item.id, priorityId: priorities[0]!.id };
}
