import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { installCheckpoint } from '../../auth/checkpoint.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { processTemplateRoutes } from './process-templates.routes.js';

let t: TestApp;
let viewer: { auth: Record<string, string> };
let outsider: { auth: Record<string, string> };
beforeAll(async () => {
  t = await createTestApp();
  const district = await t.factories.organization();
  viewer = await t.factories.user({ organizationId: district.id, role: 'viewer' });
  outsider = await t.factories.user();
});
afterAll(() => t.close());

describe('GET /api/process-templates', () => {
  it('lists every template with its phases, sessions and deliverables, frameworks by publisher and the blank one last', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/process-templates', headers: viewer.auth });
    expect(res.statusCode).toBe(200);
    const { templates } = json(res);
    expect(templates.map((template: { id: string }) => template.id)).toEqual([
      'cec-strategic-planning',
      'koru-vision-and-strategy',
      'louisiana-strong-school-systems',
      'performance-fact-strategic-alignment',
      'thru-community-planning',
      'custom',
    ]);
    const louisiana = templates.find((template: { id: string }) => template.id === 'louisiana-strong-school-systems');
    expect(louisiana.totalDays).toBe(25 * 7);
    expect(louisiana.phases).toHaveLength(4);
    expect(louisiana.deliverables.map((d: { letter: string }) => d.letter).join('')).toBe('ABCDEFGHIJKLM');
    expect(louisiana.sessions.length).toBeGreaterThan(0);
  });

  it('is open to any signed-in person, the same for everyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/process-templates', headers: outsider.auth });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe((await t.app.inject({ method: 'GET', url: '/api/process-templates', headers: viewer.auth })).body);
  });

  it('refuses anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/process-templates' });
    expect(res.statusCode).toBe(401);
    expect(json(res).error.code).toBe('unauthenticated');
  });
});

describe('GET /api/process-templates/:templateId', () => {
  it('answers one template as its file says, with its total length', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/process-templates/cec-strategic-planning', headers: viewer.auth });
    expect(res.statusCode).toBe(200);
    const { translations, ...file } = JSON.parse(readFileSync(path.join(projectRoot, 'templates', 'cec-strategic-planning.json'), 'utf8'));
    expect(json(res)).toEqual({ ...file, totalDays: 27 * 7 });
    expect(json(res).sessions.find((s: { id: string }) => s.id === 'data-retreat').lengthMinutes).toBe(360);
    expect(translations.es.name).toBeTruthy();
  });

  it("answers in the reader's language, asked for with Accept-Language, with the same ids and dates", async () => {
    const url = '/api/process-templates/thru-community-planning';
    const english = json(await t.app.inject({ method: 'GET', url, headers: viewer.auth }));
    const spanish = json(await t.app.inject({ method: 'GET', url, headers: { ...viewer.auth, 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } }));
    expect(spanish.phases.map((p: { name: string }) => p.name)).toEqual(['Acercamiento a la comunidad', 'Escucha y participación', 'Análisis para los líderes del distrito', 'Hoja de ruta creada en conjunto', 'Compartir, revisar y finalizar']);
    expect(spanish.phases[0].guidingQuestion).toBe('¿A quién necesitamos escuchar y cómo llegaremos a esas personas?');
    expect(spanish.phases.map((p: { id: string; durationWeeks: number }) => [p.id, p.durationWeeks])).toEqual(english.phases.map((p: { id: string; durationWeeks: number }) => [p.id, p.durationWeeks]));
    // A language the template does not carry reads English.
    expect(json(await t.app.inject({ method: 'GET', url, headers: { ...viewer.auth, 'accept-language': 'fr' } }))).toEqual(english);
  });

  it('answers 404 with the error shape for an unknown template', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/process-templates/no-such-template', headers: viewer.auth });
    expect(res.statusCode).toBe(404);
    expect(json(res).error).toMatchObject({ code: 'not_found', message: 'Process template not found' });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = json(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    expect(doc.paths['/api/process-templates'].get.summary).toMatch(/process templates/);
    expect(doc.paths['/api/process-templates/{templateId}'].get.parameters[0].name).toBe('templateId');
  });
});

describe('loading at start-up', () => {
  it('stops the app from being built when a template file is bad, naming the file, the path and the reason', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'templates-'));
    try {
      const template = JSON.parse(readFileSync(path.join(projectRoot, 'templates', 'koru-vision-and-strategy.json'), 'utf8'));
      template.deliverables[0].phase = 'enactt';
      writeFileSync(path.join(directory, 'koru-vision-and-strategy.json'), JSON.stringify(template));
      const app = Fastify();
      installCheckpoint(app, t.ctx.db, 'secret');
      const name = path.basename(directory);
      await expect(processTemplateRoutes(directory)(app, t.ctx)).rejects.toThrow(`${name}/koru-vision-and-strategy.json: /deliverables/0/phase: unknown phase 'enactt'`);
      await app.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
