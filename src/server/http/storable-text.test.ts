import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { cliActor } from '../platform/audit/actor.js';
import { importPlan } from '../plan/plans/import-plan.js';
import { everyFieldPlan } from '../../core/plan/format/fixtures/every-field-plan.js';

/**
 * A NUL or a lone surrogate in a text field used to reach PostgreSQL and answer 500. Each is now
 * a 400 naming the field with the invalid_characters issue, and nothing is stored.
 */
const BAD = { nul: 'Reading\u0000plan', surrogate: 'Reading \uD800 plan' };

let t: TestApp;
let auth: Record<string, string>;
let districtId: string;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  const district = await t.factories.organization();
  districtId = district.id;
  auth = (await t.factories.user({ organizationId: districtId, role: 'planner' })).auth;
  planId = (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan })).id;
});
afterAll(() => t.close());

function expectFieldRefused(res: LightMyRequestResponse, path: string) {
  expect(res.statusCode, res.body).toBe(400);
  const body = json(res);
  expect(body.error.details).toContainEqual(expect.objectContaining({ path, code: 'invalid_characters' }));
}

const count = async (table: 'plans' | 'plan_comments') => Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe.each(Object.entries(BAD))('text with a %s', (_kind, bad) => {
  it('is refused in a comment', async () => {
    const before = await count('plan_comments');
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/comments`, headers: auth, payload: { body: bad } });
    expectFieldRefused(res, '/body');
    expect(await count('plan_comments')).toBe(before);
  });

  it('is refused in a plan title', async () => {
    const before = await count('plans');
    const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: auth, payload: { title: bad } });
    expectFieldRefused(res, '/title');
    expect(await count('plans')).toBe(before);
  });

  it("is refused in a person's name", async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: auth, payload: { name: bad } });
    expectFieldRefused(res, '/name');
  });

  it('is refused in a plan import, in a title and in an extensions key', async () => {
    const before = await count('plans');
    const titled = { ...everyFieldPlan, plan: { ...everyFieldPlan.plan, title: bad } };
    expectFieldRefused(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: auth, payload: titled }), '/plan/title');
    const extended = { ...everyFieldPlan, plan: { ...everyFieldPlan.plan, extensions: { [bad]: 'x' } } };
    expectFieldRefused(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: auth, payload: extended }), `/plan/extensions/${bad}`);
    expect(await count('plans')).toBe(before);
  });
});

describe('the import format itself', () => {
  it('refuses a bad string with its path even without the HTTP guard (a file read by the CLI)', async () => {
    const { validatePlanDocument } = await import('../../core/plan/format/validate-plan-document.js');
    const result = validatePlanDocument({ ...everyFieldPlan, plan: { ...everyFieldPlan.plan, title: BAD.nul } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('/plan/title');
  });
});
