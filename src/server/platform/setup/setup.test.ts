import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const setupBody = {
  organizationName: 'Maple Grove Schools',
  organizationKind: 'district',
  adminName: 'Rosa Alvarez',
  adminEmail: 'Rosa@MapleGrove.example',
  password: 'a long enough password',
  loadDemo: true,
};

describe('first-run setup', () => {
  it('asks for setup while nobody exists', async () => {
    expect(json(await t.app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needsSetup: true });
  });

  it('names every bad field and stores nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...setupBody, adminEmail: 'nope', password: 'short', organizationKind: 'school' } });
    expect(res.statusCode).toBe(400);
    const paths = json(res).error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['/adminEmail', '/organizationKind', '/password']);
    expect(json(await t.app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needsSetup: true });
  });

  it('creates the organization, its administrator and a session, with the demo district', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: setupBody });
    expect(res.statusCode).toBe(201);
    const body = json(res);
    expect(body.user).toMatchObject({ email: 'rosa@maplegrove.example', name: 'Rosa Alvarez', isOperator: true });
    const names = body.organizations.map((o: { name: string }) => o.name).sort();
    expect(names).toEqual(['Cedar Valley Unified School District (demo)', 'Maple Grove Schools']);
    expect(body.organizations.every((o: { role: string }) => o.role === 'administrator')).toBe(true);
    const cookie = res.cookies.find((c) => c.name === 'waymark_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();

    const demo = body.organizations.find((o: { name: string }) => o.name.includes('demo'));
    const schools = await t.ctx.db.selectFrom('schools').select('name').where('organization_id', '=', demo.id).execute();
    expect(schools.length).toBeGreaterThanOrEqual(8);
    const members = await t.ctx.db.selectFrom('memberships').select('role').where('organization_id', '=', demo.id).execute();
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(['administrator', 'planner', 'contributor', 'viewer', 'moderator']));
    const plans = await t.ctx.db.selectFrom('plans').select(['title', 'lifecycle']).where('organization_id', '=', demo.id).orderBy('title').execute();
    // The plan being written, and the adopted one the district is living meanwhile, published with its updates.
    expect(plans).toEqual([
      { title: 'Cedar Valley Forward 2026-2031', lifecycle: 'draft' },
      { title: 'Cedar Valley Strategic Plan 2023-2027', lifecycle: 'adopted' },
    ]);
    const { slug } = await t.ctx.db.selectFrom('organizations').select('slug').where('id', '=', demo.id).executeTakeFirstOrThrow();
    const publicPage = await t.app.inject({ method: 'GET', url: `/api/public/districts/${slug}/plan?lang=es` });
    expect(publicPage.statusCode).toBe(200);
    const goals = JSON.parse(publicPage.body).goals;
    expect(goals[0].title).toEqual({ text: 'Cada estudiante lee al nivel de su grado en el 3.er grado', language: 'es', isTranslated: true });
    expect(goals[0].measures[0].latest).toEqual({ periodLabel: '2025-26', value: 48.9, isHidden: false, hiddenBecause: null, range: null });
    expect(publicPage.body).not.toContain('44.4');
  });

  it('gives the demo district a planning cycle a few weeks in: committee, readiness phase closed, norms, engagement plan', async () => {
    const demo = await t.ctx.db.selectFrom('organizations').select('id').where('name', 'like', '%(demo)').executeTakeFirstOrThrow();
    const admin = await t.factories.user({ organizationId: demo.id, role: 'administrator' });
    const cycles = json(await t.app.inject({ method: 'GET', url: `/api/districts/${demo.id}/cycles`, headers: admin.auth })).cycles;
    expect(cycles).toHaveLength(1);
    const cycle = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycles[0].id}`, headers: admin.auth }));
    expect(cycle.plan.title).toBe('Cedar Valley Forward 2026-2031');
    expect(cycle.phases[0].isClosed).toBe(true);
    expect(cycle.currentPhase.id).toBe(cycle.phases[1].id);
    // Loaded any day, the demo's current phase is on schedule: today falls inside it.
    const today = new Date().toISOString().slice(0, 10);
    expect(cycle.phases[1].startDate <= today && today <= cycle.phases[1].endDate).toBe(true);
    const committee = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/committee`, headers: admin.auth }));
    expect(committee.members.length).toBeGreaterThanOrEqual(8);
    expect(committee.representation.gaps).toEqual([]);
    const attendance = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/attendance`, headers: admin.auth }));
    expect(attendance.sessions).toHaveLength(1);
    const norms = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/norms`, headers: admin.auth }));
    expect(norms.current.number).toBe(1);
    const engagement = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/engagement`, headers: admin.auth }));
    expect(engagement.groups).toHaveLength(3);
    expect(engagement.engagements.length).toBe(9);
  });

  it('ships a demo plan that the format accepts', async () => {
    const { validatePlanDocument } = await import('../../../core/plan/format/validate-plan-document.js');
    const { demoPlan } = await import('../demo/demo-plan.data.js');
    expect(validatePlanDocument(demoPlan)).toMatchObject({ ok: true });
  });

  it('refuses a second setup', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...setupBody, adminEmail: 'other@example.org' } });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.code).toBe('setup_done');
    expect(json(await t.app.inject({ method: 'GET', url: '/api/setup' }))).toEqual({ needsSetup: false });
  });

  it("records the setup in the audit log as the administrator's, and the demo's own work as its people's", async () => {
    const events = await t.ctx.db.selectFrom('audit_events').innerJoin('organizations', 'organizations.id', 'audit_events.organization_id').select(['action', 'actor_label', 'is_demo']).execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['organization.created', 'member.added', 'demo.loaded']));
    expect(events.filter((e) => !e.is_demo).every((e) => e.actor_label === 'rosa@maplegrove.example')).toBe(true);
    const byRosaInDemo = events.filter((e) => e.is_demo && e.actor_label === 'rosa@maplegrove.example').map((e) => e.action);
    expect(byRosaInDemo.sort()).toEqual(['demo.loaded', 'organization.created']);
  });
});
