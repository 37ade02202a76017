import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyInstructionalFocus } from '../../../core/evidence/instructional-focus/focus-content.js';
import type { InstructionalFocus } from '../../../core/evidence/instructional-focus/instructional-focus.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let viewer: Caller;
let contributor: Caller;
let outsider: Caller;
let cycle: { id: string; deliverables: Array<{ id: string; templateKey: string; version: number; linksTo: string | null }> };

beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Cedar Falls' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  outsider = await t.factories.user();
  cycle = await api.start(districtId, planner, { templateId: 'performance-fact-strategic-alignment' });
});
afterAll(() => t.close());

const url = () => `/api/cycles/${cycle.id}/instructional-focus`;
const put = (caller: Caller, focus: unknown, version: number) => t.app.inject({ method: 'PUT', url: url(), headers: caller.auth, payload: { focus, version } });

const written = (): InstructionalFocus => ({
  focus: { goal: 'Every third grader reads on grade level by 2030', goalKey: null, statement: 'Daily small-group reading with decodable texts in K-3', students: 'Kindergarten to grade 3', rationale: 'Reading has been flat for four years.' },
  evidence: { dataFindings: ['38% of English learners at level 3 or 4 against 52% in the district'], whatWorks: ['Explicit, systematic phonics (What Works Clearinghouse: strong)'], vitalSigns: ['Winter DIBELS composite'] },
  strategies: { strategies: [{ name: 'Structured literacy block', description: '30 minutes a day', essaTier: '1', strategyKey: null, lookFors: ['Students decode aloud'] }] },
  commitments: { commitments: [{ who: 'Teachers', commitment: 'Teach the block every day' }], support: ['Coaching cycles'], checkpoints: ['Winter benchmark'] },
});

/** Every field at its longest and every list full: what a page must still hold. */
function longest(): InstructionalFocus {
  const text = (length: number) => 'Reading every day builds fluent readers. '.repeat(Math.ceil(length / 41)).slice(0, length).trim();
  return {
    focus: { goal: text(400), goalKey: null, statement: text(500), students: text(300), rationale: text(900) },
    evidence: { dataFindings: Array.from({ length: 5 }, () => text(250)), whatWorks: Array.from({ length: 4 }, () => text(250)), vitalSigns: Array.from({ length: 4 }, () => text(150)) },
    strategies: { strategies: Array.from({ length: 3 }, () => ({ name: text(120), description: text(300), essaTier: '2' as const, strategyKey: null, lookFors: Array.from({ length: 3 }, () => text(100)) })) },
    commitments: { commitments: Array.from({ length: 6 }, () => ({ who: text(60), commitment: text(220) })), support: Array.from({ length: 3 }, () => text(200)), checkpoints: Array.from({ length: 3 }, () => text(160)) },
  };
}

describe('the Instructional Focus of a cycle', () => {
  it('starts empty, is saved whole by a planner, read by everyone in the district and refused to a stale writer', async () => {
    const empty = await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ focus: emptyInstructionalFocus(), pages_done: [], version: 0, updated_at: null });

    const saved = await put(planner, written(), 0);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, pages_done: ['focus', 'evidence', 'strategies', 'commitments'] });
    expect((await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth })).json().focus).toEqual(written());

    const stale = await put(planner, { ...written(), focus: { ...written().focus, statement: 'Another' } }, 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(1);
    const events = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', '=', 'instructional_focus.saved').execute();
    expect(events).toHaveLength(1);
  });

  it.each<[string, (focus: InstructionalFocus) => unknown, string]>([
    ['a statement too long for its page', (f) => ({ ...f, focus: { ...f.focus, statement: 'x'.repeat(501) } }), '/focus/focus/statement'],
    ['an unknown evidence tier', (f) => ({ ...f, strategies: { strategies: [{ ...f.strategies.strategies[0]!, essaTier: '7' }] } }), '/focus/strategies/strategies/0/essaTier'],
    ['a goal that is not in the cycle’s plan', (f) => ({ ...f, focus: { ...f.focus, goalKey: 'G9' } }), '/focus/focus/goalKey'],
    ['a field this version does not know', (f) => ({ ...f, extra: true }), '/focus'],
  ])('refuses %s, naming the field', async (_, change, path) => {
    const current = (await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth })).json();
    const res = await put(planner, change(written()), current.version);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe(path);
  });

  it('lets only planners write, and no one outside the district see it', async () => {
    expect((await put(contributor, written(), 1)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: url(), headers: outsider.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${url()}.docx`, headers: outsider.auth })).statusCode).toBe(404);
  });

  it('is the work of Performance Fact’s Instructional Focus deliverable: complete only with its four pages', async () => {
    const other = await api.start(districtId, planner, { templateId: 'performance-fact-strategic-alignment', name: 'Second cycle' });
    const deliverable = other.deliverables.find((d: { templateKey: string }) => d.templateKey === 'instructional-focus');
    expect(deliverable.linksTo).toBe('evidence.instructional_focus');
    const status = (version: number) => api.call('POST', `/api/cycles/${other.id}/deliverables/${deliverable.id}/status`, planner, { version, status: 'complete' });
    const partial = { ...emptyInstructionalFocus(), focus: written().focus, evidence: written().evidence };
    expect((await t.app.inject({ method: 'PUT', url: `/api/cycles/${other.id}/instructional-focus`, headers: planner.auth, payload: { focus: partial, version: 0 } })).statusCode).toBe(200);
    const work = (await api.call('GET', `/api/cycles/${other.id}/deliverable-work`, viewer)).body.work;
    expect(work).toContainEqual({ deliverable_id: deliverable.id, area: 'evidence.instructional_focus', count: 2, of: 4, unit: 'pages', is_done: false });
    expect((await status(deliverable.version)).status).toBe(409);
    expect((await t.app.inject({ method: 'PUT', url: `/api/cycles/${other.id}/instructional-focus`, headers: planner.auth, payload: { focus: written(), version: 1 } })).statusCode).toBe(200);
    expect((await status(deliverable.version)).body.status).toBe('complete');
  });

  it('downloads as a Word document in the reader’s language', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url()}.docx?lang=es`, headers: viewer.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Enfoque');
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(!hasChromium)(`prints in exactly four pages, even with every field at its longest${hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`}`, async () => {
    for (const focus of [written(), longest()]) {
      const current = (await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth })).json();
      expect((await put(planner, focus, current.version)).statusCode).toBe(200);
      const res = await t.app.inject({ method: 'GET', url: `${url()}.pdf`, headers: viewer.auth });
      expect(res.statusCode).toBe(200);
      const pages = res.rawPayload.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBe(4);
    }
  }, 60_000);
});
