import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app.js';

describe('the web application and its client routes', () => {
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'waymark-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Waymark</title>');
    writeFileSync(path.join(webDir, 'assets', 'main.js'), 'console.log(1)');
    app = Fastify();
    await registerWebApp(app, webDir);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    '/o/0b6c7e4e-3c1a-4d0e-9c55-2f1f0f1b8a11/updates/6f1c2a4e-1111-4a2b-9c3d-123456789abc/G1.M1',
    '/o/org/plans/plan/measures',
    '/update/abc.def',
    '/reset-password',
    // Mailed links carry their token in the fragment; an older link with ?token= still gets the page.
    '/reset-password?token=old',
    '/invitations',
  ])('answers index.html for the page %s, a dot in its last part included', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('<title>Waymark</title>');
  });

  it('serves built files and answers 404 in the error shape for missing ones and unknown API routes', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/main.js' })).statusCode).toBe(200);
    for (const url of ['/assets/missing.js', '/favicon.ico', '/api/nothing.json', '/api/nothing']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
