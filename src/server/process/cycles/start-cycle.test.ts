import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Bayou Parish' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const weeks = (start: string, end: string) => (Date.parse(end) - Date.parse(start) + 86_400_000) / (7 * 86_400_000);

describe('starting a planning cycle from a template', () => {
  it('lays Louisiana out over 25 weeks in phases of 4, 6, 11 and 4, with deliverables A to M', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems', name: 'Bayou 2026-2030', startDate: '2026-01-05' });
    expect(cycle).toMatchObject({ templateId: 'louisiana-strong-school-systems', name: 'Bayou 2026-2030', startDate: '2026-01-05' });
    expect(weeks(cycle.startDate, cycle.endDate)).toBe(25);
    expect(cycle.phases.map((p: { startDate: string; endDate: string }) => weeks(p.startDate, p.endDate))).toEqual([4, 6, 11, 4]);
    expect(cycle.phases[1].startDate).toBe('2026-02-02');
    expect(cycle.deliverables.map((d: { letter: string }) => d.letter).join('')).toBe('ABCDEFGHIJKLM');
    expect(cycle.deliverables[0]).toMatchObject({ name: 'Steering committee norms', dueDate: '2026-01-11', linksTo: 'process.norms', status: 'not_started', ownerId: null });
    expect(cycle.currentPhase).toEqual({ id: cycle.phases[0].id, name: 'Lay the foundation', guidingQuestion: 'How will we organize the work, involve stakeholders and gather evidence?' });
    expect(cycle.phases[0]).toMatchObject({ purpose: expect.stringContaining('steering committee'), outcomes: expect.arrayContaining(['Stakeholder engagement planned and begun']), isClosed: false });
    expect(cycle.steps.filter((s: { phaseId: string }) => s.phaseId === cycle.phases[0].id)).toHaveLength(5);
    expect(cycle.sessions.length).toBeGreaterThanOrEqual(8);
    expect(cycle.sessions.every((s: { date: string }) => s.date >= cycle.startDate && s.date <= cycle.endDate)).toBe(true);
    expect(cycle.readiness.map((r: { templateKey: string }) => r.templateKey)).toContain('letter-of-commitment');
    expect(cycle.readiness.every((r: { state: string }) => r.state === 'open')).toBe(true);
  });

  it('keeps the template as it is when the district adapts its cycle', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/process-templates/louisiana-strong-school-systems', headers: viewer.auth })).body;
    const cycle = await api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });
    const phase = cycle.phases[0];
    const renamed = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${phase.id}`, planner, { version: phase.version, changes: { name: 'Get organized' } });
    expect(renamed.status).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/process-templates/louisiana-strong-school-systems', headers: viewer.auth })).body).toBe(before);
  });

  it('lists the district cycles for its readers, and keeps starting to planners', async () => {
    await api.start(districtId, planner, { templateId: 'cec-strategic-planning', name: 'Listed cycle' });
    const list = await api.call('GET', `/api/districts/${districtId}/cycles`, viewer);
    expect(list.status).toBe(200);
    expect(list.body.cycles.find((c: { name: string }) => c.name === 'Listed cycle')).toMatchObject({ templateId: 'cec-strategic-planning', startDate: '2026-01-05', endDate: expect.any(String) });
    const refused = await api.call('POST', `/api/districts/${districtId}/cycles`, viewer, { templateId: 'cec-strategic-planning', name: 'x', startDate: '2026-01-05' });
    expect(refused.status).toBe(403);
  });

  it('starts from the blank template with nothing laid out, and refuses unknown templates and dates', async () => {
    const blank = await api.start(districtId, planner, { templateId: 'custom' });
    expect(blank).toMatchObject({ phases: [], deliverables: [], endDate: null, currentPhase: null });
    expect(blank.readiness).toHaveLength(5);
    const unknown = await api.call('POST', `/api/districts/${districtId}/cycles`, planner, { templateId: 'no-such', name: 'x', startDate: '2026-01-05' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('/templateId');
    const badDate = await api.call('POST', `/api/districts/${districtId}/cycles`, planner, { templateId: 'custom', name: 'x', startDate: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0].path).toBe('/startDate');
  });

  it("copies the template in the language of who starts it, and shows the framework's options in the reader's", async () => {
    const spanish = { ...planner, auth: { ...planner.auth, 'accept-language': 'es' } };
    const cycle = await api.start(districtId, spanish, { templateId: 'koru-vision-and-strategy' });
    expect(cycle.phases.map((p: { name: string }) => p.name)).toEqual(['Preparar', 'Visualizar', 'Planificar', 'Ejecutar']);
    expect(cycle.currentPhase.guidingQuestion).toBe('¿Quiénes participan, qué nos proponemos hacer y cómo trabajaremos juntos?');
    expect(cycle.deliverables[0].name).toBe('Alcance del trabajo confirmado');
    expect(cycle.sessions.map((s: { name: string }) => s.name)).toContain('Revisión mensual (1 de 7)');
    expect(cycle.optionalPaths.map((p: { name: string }) => p.name)).toEqual(['Ciclo de mejora Data Wise', 'Proceso de pensamiento de diseño']);
    // The copy is the district's text now; the options still follow whoever reads.
    const readInEnglish = await api.read(cycle.id, planner);
    expect(readInEnglish.phases[0].name).toBe('Preparar');
    expect(readInEnglish.optionalPaths[0].name).toBe('Data Wise improvement cycle');
  });

  it('records the start in the audit log and answers 404 for a cycle of another district', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'thru-community-planning' });
    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', cycle.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['cycle.started']);
    const other = await t.factories.organization();
    const stranger = await t.factories.user({ organizationId: other.id, role: 'administrator' });
    expect((await api.call('GET', `/api/cycles/${cycle.id}`, stranger)).status).toBe(404);
    const doc = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    expect(doc.paths['/api/cycles/{cycleId}'].get.summary).toMatch(/timeline/);
  });
});
