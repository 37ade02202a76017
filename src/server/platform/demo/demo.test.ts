import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { inTransaction } from '../../db/transaction.js';
import { cliActor } from '../audit/actor.js';
import { demoDistrict, demoPassword } from './demo-district.data.js';
import { demoAdoptedPlan } from './demo-monitoring.data.js';
import { loadDemoDistrict } from './load-demo-district.js';

let t: TestApp;
let admin: { cookie: string; csrf: string; id: string };
let demoId: string;
let ownId: string;
let planId: string;
const adminEmail = 'rosa@maplegrove.example';

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { organizationName: 'Maple Grove Schools', organizationKind: 'district', adminName: 'Rosa Alvarez', adminEmail, password: 'a long enough password', loadDemo: true },
  });
  const body = json(res);
  admin = { cookie: `waymark_session=${res.cookies.find((c) => c.name === 'waymark_session')!.value}`, csrf: body.csrfToken, id: body.user.id };
  demoId = body.organizations.find((o: { isDemo: boolean }) => o.isDemo).id;
  ownId = body.organizations.find((o: { isDemo: boolean }) => !o.isDemo).id;
  const plans = await t.ctx.db.selectFrom('plans').select(['id', 'lifecycle']).where('organization_id', '=', demoId).execute();
  planId = plans.find((p) => p.lifecycle === 'adopted')!.id;
}, 60_000);
afterAll(() => t.close());

const asAdmin = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
const signIn = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
/** Every measure, strategy and action of the adopted plan, by key. */
const ownedKeys = demoAdoptedPlan.plan.goals.flatMap((g) => [
  ...(g.measures ?? []).map((m) => m.key),
  ...(g.strategies ?? []).flatMap((s) => [s.key, ...(s.measures ?? []).map((m) => m.key), ...(s.actions ?? []).map((a) => a.key)]),
]);

describe('the demo district after setup', () => {
  it('is the one organization of the session marked as the demo', async () => {
    const session = json(await asAdmin('/api/auth/session'));
    const marks = Object.fromEntries(session.organizations.map((o: { name: string; isDemo: boolean }) => [o.name, o.isDemo]));
    expect(marks).toEqual({ [demoDistrict.name]: true, 'Maple Grove Schools': false });
  });

  it("has an adopted plan that passes its own checks, judged on a day of its last year", async () => {
    // The adopted plan is dated (2023-24 to 2026-27); after its last year every action is overdue, as it should be.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T12:00:00Z') });
    try {
      const { checks } = json(await asAdmin(`/api/plans/${planId}/checks`));
      expect(checks.filter((c: { severity: string }) => c.severity !== 'info')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives every measure, strategy and action a person of the district as owner, beside its role text', async () => {
    const owners = await t.ctx.db
      .selectFrom('element_owners')
      .innerJoin('users', 'users.id', 'element_owners.user_id')
      .innerJoin('memberships', (j) => j.onRef('memberships.user_id', '=', 'users.id').on('memberships.organization_id', '=', demoId))
      .select(['element_owners.element_key', 'users.name'])
      .where('element_owners.plan_id', '=', planId)
      .execute();
    expect(owners.map((o) => o.element_key).sort()).toEqual([...ownedKeys].sort());
    expect(owners.find((o) => o.element_key === 'G2.S1')?.name).toBe('Nadia Osei');
    const exported = json(await asAdmin(`/api/plans/${planId}/export`));
    expect(exported.plan.goals[0].strategies[0]).toMatchObject({ key: 'G1.S1', owner: 'Chief Academic Officer' });
  });

  it('has budget lines and decision rights on every strategy', async () => {
    const budget = json(await asAdmin(`/api/plans/${planId}/budget`));
    const rights = json(await asAdmin(`/api/plans/${planId}/decision-rights`));
    const strategies = demoAdoptedPlan.plan.goals.flatMap((g) => g.strategies ?? []);
    expect(strategies.every((s) => s.budget?.length && s.decision_rights?.length)).toBe(true);
    expect(JSON.stringify(budget)).toContain('G2.S1');
    expect(JSON.stringify(rights)).toContain('When and how families are contacted about absences');
  });

  it("credits the district's work to its people, and only the district's creation to the administrator", async () => {
    const events = await t.ctx.db.selectFrom('audit_events').select(['action', 'actor_label']).where('organization_id', '=', demoId).execute();
    const byAdmin = events.filter((e) => e.actor_label === adminEmail).map((e) => e.action).sort();
    expect(byAdmin).toEqual(['demo.loaded', 'organization.created']);
    const demoEmails = new Set<string>(demoDistrict.people.map((p) => p.email));
    expect(events.filter((e) => e.actor_label !== adminEmail).every((e) => demoEmails.has(e.actor_label))).toBe(true);
    expect(new Set(events.map((e) => e.actor_label)).size).toBeGreaterThanOrEqual(4);

    const updates = json(await asAdmin(`/api/plans/${planId}/elements/G2.M1/updates`));
    expect(JSON.stringify(updates)).toContain('"author":"Nadia Osei"');
    expect(JSON.stringify(updates)).not.toContain('Rosa Alvarez');
    const checkIns = json(await asAdmin(`/api/plans/${planId}/check-ins`));
    expect(checkIns.checkIns[0].createdBy).toBe('Dana Okafor');
  });

  it('has an open bilingual family survey with 150 responses, some in Spanish, and a small group hidden by role', async () => {
    const { surveys } = json(await asAdmin(`/api/districts/${demoId}/surveys`));
    expect(surveys).toEqual([expect.objectContaining({ title: 'Cedar Valley family survey', status: 'open', languages: ['en', 'es'], starter_key: 'family-survey', responses: 150 })]);
    const locales = await t.ctx.db.selectFrom('survey_responses').select('locale').where('organization_id', '=', demoId).execute();
    expect(locales.filter((r) => r.locale === 'es').length).toBeGreaterThan(20);
    const results = json(await asAdmin(`/api/surveys/${surveys[0].id}/results?by=role`));
    expect(results.groups.find((g: { key: string }) => g.key === 'other').respondents).toEqual({ suppressed: true, reason: 'small_group' });
    expect(results.groups.find((g: { key: string }) => g.key === 'all').respondents).toBe(150);
    // Who the district serves is entered, so the survey's representation flags those heard too little.
    const { dimensions } = json(await asAdmin(`/api/surveys/${surveys[0].id}/representation`));
    const language = dimensions.find((d: { dimension: string }) => d.dimension === 'home_language');
    expect(language.rows.find((r: { key: string }) => r.key === 'spanish').is_under_represented).toBe(true);
  });
});

describe('trying the demo as its people', () => {
  it("lists the demo's people with the demo password for the demo's administrators", async () => {
    const { logins } = json(await asAdmin(`/api/organizations/${demoId}/demo-logins`));
    expect(logins.map((l: { email: string }) => l.email)).toEqual(demoDistrict.people.map((p) => p.email));
    expect(logins.every((l: { password: string }) => l.password === demoPassword)).toBe(true);
    expect(logins.find((l: { role: string }) => l.role === 'viewer')).toMatchObject({ name: 'Samuel Reyes', title: 'Board President' });
  });

  it('signs in as the owner and the viewer with the password shown', async () => {
    for (const email of ['director.assessment@cedarvalley.example', 'board.president@cedarvalley.example']) {
      const res = await signIn(email, demoPassword);
      expect(res.statusCode).toBe(200);
      expect(json(res).organizations.map((o: { id: string }) => o.id)).toEqual([demoId]);
    }
  });

  it('shows no password outside the demo, nor to the demo people themselves', async () => {
    expect(json(await asAdmin(`/api/organizations/${ownId}/demo-logins`))).toEqual({ logins: [] });
    const viewer = await signIn('board.member@cedarvalley.example', demoPassword);
    const cookie = `waymark_session=${viewer.cookies.find((c) => c.name === 'waymark_session')!.value}`;
    const refused = await t.app.inject({ method: 'GET', url: `/api/organizations/${demoId}/demo-logins`, headers: { cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain(demoPassword);
  });

  it('never gives the demo password to an account that already existed, nor shows one that was changed', async () => {
    // Free a demo address and give it to a real person of another district, then load a second demo.
    await t.ctx.db.updateTable('users').set({ email: 'nadia.osei@elsewhere.example' }).where('email', '=', 'student.services@cedarvalley.example').execute();
    const other = await t.factories.organization({ name: 'Real District' });
    const real = await t.factories.user({ organizationId: other.id, email: 'student.services@cedarvalley.example', role: 'planner' });
    // A demo person who chose a password of their own.
    const realHash = (await t.ctx.db.selectFrom('users').select('password_hash').where('id', '=', real.id).executeTakeFirstOrThrow()).password_hash;
    await t.ctx.db.updateTable('users').set({ password_hash: realHash }).where('email', '=', 'board.member@cedarvalley.example').execute();

    const second = await inTransaction(t.ctx.db, (trx) => loadDemoDistrict({ trx, actor: cliActor }));
    expect((await signIn('student.services@cedarvalley.example', demoPassword)).statusCode).toBe(401);
    const demoAdmin = await t.factories.user({ organizationId: second.id, role: 'administrator' });
    const { logins } = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${second.id}/demo-logins`, headers: demoAdmin.auth }));
    const shown = logins.map((l: { email: string }) => l.email);
    expect(shown).toHaveLength(demoDistrict.people.length - 2);
    expect(shown).not.toContain('student.services@cedarvalley.example');
    expect(shown).not.toContain('board.member@cedarvalley.example');
  });
});
